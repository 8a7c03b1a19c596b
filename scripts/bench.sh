#!/usr/bin/env bash
# Benchmarks figlint against ripgrep on the same folder, side by side in one run.
#
#   scripts/bench.sh [FOLDER] [RUNS]
#
# FOLDER defaults to ../shared/corpora/allforces/_posts (2,513 posts, 103 MB). Compares:
#   rg -o '[0-9０-９][0-9０-９,.，]*' FOLDER     (the baseline: every digit run)
#   figlint figures FOLDER --format json
#   figlint check FOLDER --format json
# and prints the mean wall time of each, the ratios to rg, and each one's peak memory.
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
fig_cmd="$bin figures $folder --format json"
chk_cmd="$bin check $folder --format json"

mean() { # command → mean seconds over $runs runs (after one warm-up)
  sh -c "$1" >/dev/null 2>&1 || true
  local start end
  start=$(date +%s.%N)
  for _ in $(seq "$runs"); do sh -c "$1" >/dev/null 2>&1 || true; done
  end=$(date +%s.%N)
  echo "($end - $start) / $runs" | bc -l
}
peak_kb() { { /usr/bin/time -f %M sh -c "$1 >/dev/null 2>&1" 2>&1 || true; } | tail -1; }

if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs "$runs" -i --export-json /tmp/figlint-bench.json \
    -n rg "$rg_cmd" -n figures "$fig_cmd" -n check "$chk_cmd" >/dev/null
  read -r t_rg t_fig t_chk < <(python3 -c "import json;r=json.load(open('/tmp/figlint-bench.json'))['results'];print(*[x['mean'] for x in r])")
else
  t_rg=$(mean "$rg_cmd"); t_fig=$(mean "$fig_cmd"); t_chk=$(mean "$chk_cmd")
fi
printf '%-34s %10s %8s %12s\n' "command" "mean (s)" "× rg" "peak (MB)"
for row in "rg|$t_rg|$rg_cmd" "figlint figures|$t_fig|$fig_cmd" "figlint check|$t_chk|$chk_cmd"; do
  IFS='|' read -r name t cmd <<<"$row"
  kb=$(peak_kb "$cmd")
  printf '%-34s %10.3f %8.2f %12.1f\n' "$name" "$t" "$(echo "$t / $t_rg" | bc -l)" "$(echo "$kb / 1024" | bc -l)"
done
