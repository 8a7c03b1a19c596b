#!/usr/bin/env bash
# Benchmarks figlint against ripgrep on the same folder, side by side in one run.
#
#   scripts/bench.sh [FOLDER] [RUNS]
#
# FOLDER defaults to ../shared/corpora/allforces/_posts (2,513 posts, 103 MB). Compares:
#   rg -o '[0-9０-９][0-9０-９,.，]*' FOLDER          (the baseline: every digit run)
#   figlint figures FOLDER --format json --no-cache
#   figlint check FOLDER --format json --no-cache     (cold: every file read and analysed)
#   figlint check FOLDER --format json                (warm per-file cache)
#   figlint check ONE --against FOLDER, cold (--no-cache) and warm (an editor's draft)
# and prints the mean wall time of each, the ratios to rg, and each one's peak memory.
# ONE is the first article of FOLDER. The warm cache lives in a temporary folder, made by one
# run before timing and left a second to settle so that files are known by their stamps.
# Uses hyperfine when it is installed; otherwise times the runs itself.
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-../shared/corpora/allforces/_posts}
runs=${2:-10}
[ -d "$folder" ] || { echo "no folder $folder" >&2; exit 2; }
command -v rg >/dev/null || { echo "ripgrep (rg) is needed: apt-get install ripgrep" >&2; exit 2; }
cargo build --release --quiet
bin=target/release/figlint
rg_cmd="rg -o '[0-9０-９][0-9０-９,.，]*' $folder"
one=$(find "$folder" -maxdepth 1 -name '*.md' | sort | awk 'NR == 1')
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
fig_cmd="$bin figures $folder --format json --no-cache"
chk_cmd="$bin check $folder --format json --no-cache"
warm_cmd="$bin check $folder --format json --cache-dir $cache"
one_cold="$bin check $one --against $folder --format json --no-cache"
one_warm="$bin check $one --against $folder --format json --cache-dir $cache"
$warm_cmd >/dev/null 2>&1 || true
sleep 1
mean() { # command → mean seconds over $runs runs (after one warm-up)
  sh -c "$1" >/dev/null 2>&1 || true
  local start end
  start=$(date +%s.%N)
  for _ in $(seq "$runs"); do sh -c "$1" >/dev/null 2>&1 || true; done
  end=$(date +%s.%N)
  echo "($end - $start) / $runs" | bc -l
}
peak_kb() { { /usr/bin/time -f %M sh -c "$1 >/dev/null 2>&1" 2>&1 || true; } | tail -1; }

names=(rg "figlint figures" "figlint check (cold)" "figlint check (warm cache)" "check ONE --against (cold)" "check ONE --against (warm)")
cmds=("$rg_cmd" "$fig_cmd" "$chk_cmd" "$warm_cmd" "$one_cold" "$one_warm")
times=()
if command -v hyperfine >/dev/null; then
  args=()
  for i in "${!cmds[@]}"; do args+=(-n "${names[$i]}" "${cmds[$i]}"); done
  hyperfine --warmup 1 --runs "$runs" -i --export-json /tmp/figlint-bench.json "${args[@]}" >/dev/null
  read -r -a times < <(python3 -c "import json;r=json.load(open('/tmp/figlint-bench.json'))['results'];print(*[x['mean'] for x in r])")
else
  for c in "${cmds[@]}"; do times+=("$(mean "$c")"); done
fi
printf '%-30s %10s %8s %12s\n' "command" "mean (s)" "× rg" "peak (MB)"
for i in "${!cmds[@]}"; do
  kb=$(peak_kb "${cmds[$i]}")
  printf '%-30s %10.3f %8.2f %12.1f\n' "${names[$i]}" "${times[$i]}" \
    "$(echo "${times[$i]} / ${times[0]}" | bc -l)" "$(echo "$kb / 1024" | bc -l)"
done
