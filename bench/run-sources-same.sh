#!/usr/bin/env bash
# Checks that two builds give the same `sources --id` answers on a generated corpus: each build
# indexes the corpus into its own index, then answers `sources --id ID --format json` for N quoting
# articles drawn at random (seed 14) from the corpus labels; prints how many answers are identical.
# Used for issue 14 (typed stages: behaviour unchanged at 100,000 documents).
#
#   bench/run-sources-same.sh OLD_REV NEW_REV CORPUS_DIR [N=40] [WORK=/tmp/sources-same]
#
# CORPUS_DIR is what bench/run-generate.sh writes (corpus-*.jsonl and labels.jsonl). Each build
# is checked out into a git worktree under WORK and built by its own launcher.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
old="$1"; new="$2"; corpus="$(cd "$3" && pwd)"; n="${4:-40}"; work="${5:-/tmp/sources-same}"
mkdir -p "$work"
python3 - "$corpus/labels.jsonl" "$n" > "$work/ids.txt" <<'PY'
import json, random, sys
ids = []
for line in open(sys.argv[1]):
    if line.startswith('{"doc"'):
        d = json.loads(line)
        if d.get("role") == "quoting":
            ids.append(d["doc"])
random.seed(14)
print("\n".join(random.sample(ids, int(sys.argv[2]))))
PY
for side in old new; do
  rev=$([ "$side" = old ] && echo "$old" || echo "$new")
  tree="$work/tree-$side"
  [ -d "$tree" ] || git -C "$root" worktree add -q --detach "$tree" "$rev"
  rm -rf "$work/$side-idx" "$work/$side-out"; mkdir -p "$work/$side-out"
  start=$(date +%s)
  (cd "$tree" && ./quotetrace index --index "$work/$side-idx" "$corpus"/corpus-*.jsonl --progress none)
  echo "index $side ($rev): $(( $(date +%s) - start )) s, $(du -sm "$work/$side-idx" | cut -f1) MB"
  start=$(date +%s)
  while read -r id; do
    (cd "$tree" && ./quotetrace sources --id "$id" --index "$work/$side-idx" --format json) \
      > "$work/$side-out/$id.json" 2> "$work/$side-out/$id.err"
  done < "$work/ids.txt"
  echo "sources $side: $(( $(date +%s) - start )) s for $n articles"
done
same=0
while read -r id; do
  cmp -s "$work/old-out/$id.json" "$work/new-out/$id.json" && same=$((same + 1)) || echo "differs: $id"
done < "$work/ids.txt"
echo "identical: $same of $n"
