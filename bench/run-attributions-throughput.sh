#!/usr/bin/env bash
# Single-thread throughput of attribution finding, alone and with the quotes pipeline, on the
# PolNeAR train articles: run-throughput.sh with the AttributionsThroughput benchmark.
#
#   bench/run-attributions-throughput.sh [extra JMH options]
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
QUOTETRACE_BENCHMARK=AttributionsThroughput exec "$here/run-throughput.sh" "$@"
