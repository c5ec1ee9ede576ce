#!/usr/bin/env bash
# Indexing rate on real-length articles: writes a JSON Lines corpus of N documents to OUT (outside
# the repository) by reading the PolNeAR train texts in place over and over, each time under new
# ids, then indexes it with the launcher as a user would (`quotetrace index`, its -Xmx2g, every
# core) and prints the rate, the CPU it took and the load around it.
#
#   bench/run-index-polnear.sh N OUT [JAR]
#
# The texts average 4.7 KB, against about 2.6 KB for the corpus generator's articles, so this is
# the rate news of ordinary length gets. JAR (default: the launcher's own build) indexes with
# another build of cli/target/quotetrace.jar, its lib/ folder beside it, to compare two commits
# on the same corpus. The corpus is kept in OUT/corpus.jsonl and reused when it is there.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: bench/run-index-polnear.sh N OUT [JAR]" >&2
  exit 2
fi
docs="$1"
out="$2"
jar="${3:-}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/.ci/jdk.sh"
source "$root/bench/train-texts.sh"
mkdir -p "$out"
corpus="$out/corpus.jsonl"
if [ ! -f "$corpus" ] || [ "$(wc -l < "$corpus")" -ne "$docs" ]; then
  python3 - "$texts" "$docs" "$corpus" <<'PY'
import json, os, sys
texts, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
names = sorted(f for f in os.listdir(texts) if f.endswith(".txt"))
with open(path + ".part", "w", encoding="utf-8") as out:
    for i in range(n):
        name = names[i % len(names)]
        with open(os.path.join(texts, name), encoding="utf-8", errors="replace") as f:
            text = f.read()
        out.write(json.dumps({"id": f"r{i // len(names)}-{name}", "kind": "article", "text": text},
                             ensure_ascii=False) + "\n")
os.replace(path + ".part", path)
PY
fi
echo "corpus: $docs documents, $(wc -c < "$corpus") bytes in $corpus"
echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$out/index"
if [ -z "$jar" ]; then
  cmd=("$root/quotetrace" index)
else
  # The launcher's settings for index, with another build.
  cmd=("$JAVA_HOME/bin/java" -XX:+UseParallelGC -Xmx2g -Xshare:auto --enable-native-access=ALL-UNNAMED -jar "$jar" index)
fi
/usr/bin/time -f "index: %e s wall, %U s user, %S s system, %P CPU, %M KB peak RSS" \
  "${cmd[@]}" --index "$out/index" "$corpus" --progress none 2>&1
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
