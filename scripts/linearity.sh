#!/usr/bin/env bash
# Near-duplicate detection on 1x, 2x, 5x and 10x copies of a folder: grows linearly?
#
#   scripts/linearity.sh [FOLDER]
#
# Each kx folder holds k copies of FOLDER (hard links in a temporary folder: no extra disk),
# so every article has k-1 exact duplicates, the worst case for the banding. Runs
# `figlint check KX --select near-duplicate-article --format json --no-cache` twice per size
# and prints the faster wall time, its ratio to the 1x time, and the number of clusters.
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-../shared/corpora/allforces/_posts}
[ -d "$folder" ] || { echo "no folder $folder" >&2; exit 2; }
cargo build --release --quiet
bin=target/release/figlint
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
base=""
for n in 1 2 5 10; do
  for k in $(seq "$n"); do
    mkdir -p "$tmp/x$n/c$k"
    cp -al "$folder/." "$tmp/x$n/c$k/" 2>/dev/null || cp -a "$folder/." "$tmp/x$n/c$k/"
  done
  best=""
  for _ in 1 2; do
    s=$(date +%s.%N)
    "$bin" check "$tmp/x$n" --select near-duplicate-article --format json --no-cache >"$tmp/out.json" 2>/dev/null || true
    e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
  done
  [ -n "$base" ] || base=$best
  clusters=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['findings']))" "$tmp/out.json")
  printf '%3dx  %6.2f s  %5.2f x the 1x time  %d findings\n' "$n" "$best" "$(echo "$best / $base" | bc -l)" "$clusters"
done
