#!/usr/bin/env bash
# History scan speed against git itself, measured in the same run.
#
#   bench/history_bench.sh PRACTRACK [COMMITS] [FILES]
#
# Generates (once) a repository of COMMITS commits (default 5000) over
# FILES files (default 10000) with git fast-import under
# ${BENCH_DIR:-/tmp/practrack-history-COMMITS-FILES}, then times
#   baseline   git log --raw --no-abbrev   (git walking the same history)
#   history    practrack history DIR --no-config --db FRESH.db
# each RUNS times (default 3, interleaved; the fastest of each counts), and
# reports commits/second of each, their ratio, and the unique blobs of the
# history against the analyses practrack ran (memo misses).
set -euo pipefail

practrack=$(realpath "${1:?usage: history_bench.sh PRACTRACK [COMMITS] [FILES]}")
commits=${2:-5000}
files=${3:-10000}
dir=${BENCH_DIR:-/tmp/practrack-history-$commits-$files}
here=$(cd "$(dirname "$0")" && pwd)

if [[ ! -d $dir/.git ]]; then
  echo "generating $commits commits over $files files in $dir ..." >&2
  rm -rf "$dir"
  git init -q -b main "$dir"
  python3 "$here/gen_history.py" "$commits" "$files" | git -C "$dir" fast-import --quiet
  git -C "$dir" checkout -q -f main
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/history.db
out=$work/out
runs=${RUNS:-3}

# timed CMD...: prints "seconds peak_kb" of one run; output to $out.
timed() {
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$out" 2>&1
  cat "$work/time"
}

# The fastest of $runs runs of each, interleaved (the machines are noisy:
# one slow run says nothing about either); every history run starts from
# an empty store, and the last one's summary is reported.
git_s="" pt_s="" git_kb=0 pt_kb=0
for ((i = 0; i < runs; ++i)); do
  read -r s kb < <(timed git -C "$dir" log --raw --no-abbrev)
  if [[ -z $git_s ]] || awk "BEGIN{exit !($s < $git_s)}"; then git_s=$s; fi
  (( kb > git_kb )) && git_kb=$kb
  rm -f "$db" "$db"-wal "$db"-shm
  read -r s kb < <(timed "$practrack" history "$dir" --no-config --db "$db")
  if [[ -z $pt_s ]] || awk "BEGIN{exit !($s < $pt_s)}"; then pt_s=$s; fi
  (( kb > pt_kb )) && pt_kb=$kb
done
summary=$(cat "$out")
n=$(git -C "$dir" rev-list --count --first-parent HEAD)
unique=$(git -C "$dir" rev-list --objects --all | cut -d' ' -f1 \
  | git -C "$dir" cat-file --batch-check='%(objecttype)' | grep -c '^blob$' || true)
analysed=$(sed -n 's/.*blobs: \([0-9]*\) analysed.*/\1/p' <<<"$summary")
reused=$(sed -n 's/.*analysed, \([0-9]*\) reused.*/\1/p' <<<"$summary")
distinct=$(sed -n 's/.*; \([0-9]*\) distinct blobs read.*/\1/p' <<<"$summary")

rate() { awk "BEGIN{printf \"%.1f\", $1 / ($2 > 0 ? $2 : 0.001)}"; }
printf '%-10s %8s %10s %12s\n' case seconds peak_MB commits/s
printf '%-10s %8s %10d %12s\n' git-log "$git_s" $((git_kb / 1024)) "$(rate "$n" "$git_s")"
printf '%-10s %8s %10d %12s\n' history "$pt_s" $((pt_kb / 1024)) "$(rate "$n" "$pt_s")"
echo "ratio history/git-log: $(awk "BEGIN{printf \"%.1f\", $pt_s / ($git_s > 0 ? $git_s : 0.001)}")"
echo "commits: $n  unique blobs: $unique  analyses run: $analysed  reused: $reused"
per_blob=$(awk "BEGIN{printf \"%.2f\", $analysed / ($unique > 0 ? $unique : 1)}")
echo "analyses per unique blob: $per_blob (one per analysis kind and path a blob meets)"
echo "distinct blobs analysed: $distinct of $unique unique (each (blob, path, analysis) runs once)"
grep -o 'incremental: .*' <<<"$summary" || true
echo "snapshots stored: $(sqlite3 "$db" 'SELECT COUNT(*) FROM snapshots' 2>/dev/null || echo '?')"
