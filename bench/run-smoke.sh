#!/usr/bin/env bash
# The real-news smoke test over every real document: all PolNeAR articles (dev and train, 924)
# and the 48 campaign speeches, through every command (quotes, index, sources --id, trace of each
# article against the speeches it quotes, search, variants). The default ./test run takes about
# 40 articles; this takes all of them (several minutes; run it niced on a shared machine).
#
#   bench/run-smoke.sh
#
# Prints one line of figures (documents, pairs traced, time by command) and every finding: an
# exception, an exit status above 2, a stack trace on standard error, a JVM fatal-error file.
# Exits non-zero when there is any. Skips with a message when ../shared is absent
# (QUOTETRACE_SHARED overrides where it is).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
shared="${QUOTETRACE_SHARED:-$root/../shared}"
cd "$root"
exec nice ./test -pl core,index,cli -am -Dtest=RealNewsSmokeTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dquotetrace.smoke.all=true \
  -Dquotetrace.shared="$shared" "$@"
