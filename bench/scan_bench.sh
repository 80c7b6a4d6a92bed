#!/usr/bin/env bash
# Scan speed and memory against git itself, measured in the same run.
#
#   bench/scan_bench.sh PRACTRACK [FILES]
#
# Generates (once) a synthetic repository of FILES files (default 100000)
# under ${BENCH_DIR:-/tmp/practrack-bench-FILES}, then reports the best of
# three wall times and the peak memory of:
#   baseline   git grep -c -e 'def test_'   (one content pass by git itself)
#   worktree   practrack scan DIR
#   rev        practrack scan DIR --rev HEAD
# and the ratios to the baseline. Targets: ratio <= 2, peak RSS < 200 MB.
set -euo pipefail

practrack=$(realpath "${1:?usage: scan_bench.sh PRACTRACK [FILES]}")
files=${2:-100000}
dir=${BENCH_DIR:-/tmp/practrack-bench-$files}
here=$(cd "$(dirname "$0")" && pwd)

if [[ ! -d $dir/.git ]]; then
  echo "generating $files files in $dir ..." >&2
  rm -rf "$dir"
  python3 "$here/gen_repo.py" "$dir" "$files"
  git -C "$dir" init -q -b main
  git -C "$dir" add -A
  git -C "$dir" -c user.name=bench -c user.email=bench@example.com commit -qm "bench tree"
fi
git -C "$dir" status --short >/dev/null  # warm the index stat cache

# best_of CMD...: prints "seconds peak_kb" of the fastest of three runs.
best_of() {
  local best="" mem=0
  for _ in 1 2 3; do
    /usr/bin/time -f '%e %M' -o /tmp/practrack-bench.time "$@" >/dev/null 2>&1 || true
    read -r secs kb </tmp/practrack-bench.time
    if [[ -z $best ]] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; fi
    (( kb > mem )) && mem=$kb
  done
  echo "$best $mem"
}

read -r base_s base_kb < <(best_of git -C "$dir" grep -c -e 'def test_')
read -r work_s work_kb < <(best_of "$practrack" scan "$dir" --no-store --format json)
read -r rev_s rev_kb < <(best_of "$practrack" scan "$dir" --rev HEAD --no-store --format json)

ratio() { awk "BEGIN{printf \"%.2f\", $1 / ($2 > 0 ? $2 : 0.001)}"; }
printf '%-10s %8s %10s %8s\n' case seconds peak_MB ratio
printf '%-10s %8s %10d %8s\n' baseline "$base_s" $((base_kb / 1024)) 1.00
printf '%-10s %8s %10d %8s\n' worktree "$work_s" $((work_kb / 1024)) "$(ratio "$work_s" "$base_s")"
printf '%-10s %8s %10d %8s\n' rev "$rev_s" $((rev_kb / 1024)) "$(ratio "$rev_s" "$base_s")"
echo "files: $(git -C "$dir" ls-files | wc -l)"
