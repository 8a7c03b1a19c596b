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
# and prints the mean and median wall time of each, the ratio of its median to rg's, and
# each one's peak memory. The commands run in interleaved rounds (see below).
# ONE is the first article of FOLDER. The warm cache lives in a temporary folder, made by one
# run before timing and left a second to settle so that files are known by their stamps.
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
peak_kb() { { /usr/bin/time -f %M sh -c "$1 >/dev/null 2>&1" 2>&1 || true; } | tail -1; }

names=(rg "figlint figures" "figlint check (cold)" "figlint check (warm cache)" "check ONE --against (cold)" "check ONE --against (warm)")
cmds=("$rg_cmd" "$fig_cmd" "$chk_cmd" "$warm_cmd" "$one_cold" "$one_warm")
# Rounds, not blocks: each round runs every command once, so that a host that speeds up or
# slows down during the benchmark (as shared machines do) weighs on all commands alike.
# One warm-up round first; then the mean and median of each command over $runs rounds.
read -r -a times < <(python3 - "$runs" "${cmds[@]}" <<'PY'
import statistics, subprocess, sys, time
runs, cmds = int(sys.argv[1]), sys.argv[2:]
spent = [[] for _ in cmds]
for r in range(runs + 1):
    for i, c in enumerate(cmds):
        t = time.perf_counter()
        subprocess.run(c, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if r:
            spent[i].append(time.perf_counter() - t)
print(*[f"{statistics.mean(s):.4f}:{statistics.median(s):.4f}" for s in spent])
PY
)
printf '%-30s %10s %10s %8s %12s\n' "command" "mean (s)" "median (s)" "× rg" "peak (MB)"
rg_median=${times[0]#*:}
for i in "${!cmds[@]}"; do
  kb=$(peak_kb "${cmds[$i]}")
  mean=${times[$i]%:*}
  median=${times[$i]#*:}
  printf '%-30s %10.3f %10.3f %8.2f %12.1f\n' "${names[$i]}" "$mean" "$median" \
    "$(echo "$median / $rg_median" | bc -l)" "$(echo "$kb / 1024" | bc -l)"
done
