#!/usr/bin/env bash
# Thread CPU time per pass of the quotes pipeline over the PolNeAR train texts for two or more
# builds of the core jar, alternating in one JVM (bench/tools/CpuTimeRatio.java): the ratio of the
# builds holds up on a loaded machine, where JMH's wall time does not.
#
#   bench/run-cpu-ratio.sh ROUNDS OLD_CORE_JAR NEW_CORE_JAR...
#
# A core jar of another commit: git worktree add /tmp/old <commit> && (cd /tmp/old && mvn -q -pl
# core package -DskipTests), then /tmp/old/core/target/quotetrace-core-*.jar. The dependencies
# come from cli/target/lib (built by ./quotetrace on first use).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/.ci/jdk.sh"
source "$root/bench/train-texts.sh"
[ -d "$root/cli/target/lib" ] || "$root/quotetrace" --help >/dev/null
cp=$(find "$root/cli/target/lib" -name '*.jar' ! -name 'quotetrace-*' | tr '\n' ':')
rounds="$1"
shift
exec nice "$JAVA_HOME/bin/java" -Xmx2g -cp "$cp" "$here/tools/CpuTimeRatio.java" "$rounds" "$texts" "$@"
