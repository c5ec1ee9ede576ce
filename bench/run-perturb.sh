#!/usr/bin/env bash
# The perturbation harness of issue 18 (Perturb): real sentences of ../shared/eval/speeches and of
# the labelled trace cases' sources, changed in ways that change their meaning (negation, person,
# number, antonym, modality, an appended clause, agent and object) and in ways that keep it
# (synonym, trim with an ellipsis, British spelling, digits as words, two clauses reordered, a
# reworded clause), traced with the real MiniLM model. Prints false acceptance per meaning-changing
# kind and false rejection per meaning-keeping kind and overall, on the tune half and the report
# half of the sources (split by a hash of the file name).
#
#   bench/run-perturb.sh [tune|report|both] [CAP]     (both, 250 variants per kind and half)
#   bench/run-perturb.sh devcases [CAP]
#     a third set apart from both halves, tuned on as the tune half is: the dev trace cases'
#     sources the halves do not read (source-interview.txt and the like); misses go to
#     bench/target/perturb-devcases-misses.txt.
#   bench/run-perturb.sh polnear [CAP]   and   bench/run-perturb.sh reported polnear [CAP]
#     a fourth set, tuned on as the tune half is: the direct quotes and reported speech of the
#     PolNeAR train articles (read in place; dev and test are not read), each variant traced
#     against its whole article; -Dperturb.only=KIND,... (in PERTURB_JAVA_OPTS) traces those kinds
#     alone; misses go to bench/target/perturb-polnear-misses.txt and
#     bench/target/perturb-reported-polnear-misses.txt.
#   bench/run-perturb.sh reported [tune|report|both|sample] [CAP]
#     the reported-speech mode (PerturbReported): speech sentences reported as indirect speech,
#     in ways that keep their meaning and ways that change it; misses of the tune half go to
#     bench/target/perturb-reported-misses.txt.
# PERTURB_JAVA_OPTS is passed to java (for instance a -D switch to try while tuning).
#
# Builds offline (mvn -o); natives unpack into bench/target. Vectors are kept in
# bench/target/perturb-vectors.bin between runs; the tune half's misses go to
# bench/target/perturb-misses.txt.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/.ci/jdk.sh"
cd "$root"
mvn -o -q -B -ntp -Pjmh -pl bench -am package -DskipTests
mkdir -p bench/target/tmp
main=Perturb
if [ "${1:-}" = reported ]; then
  main=PerturbReported
  shift
fi
nice "$JAVA_HOME/bin/java" ${PERTURB_JAVA_OPTS:-} -Xmx1500m --enable-native-access=ALL-UNNAMED \
  -Djava.io.tmpdir="$root/bench/target/tmp" -DDJL_CACHE_DIR="$root/bench/target/djl" \
  -cp bench/target/benchmarks.jar org.quotetrace.bench.$main "$@"
