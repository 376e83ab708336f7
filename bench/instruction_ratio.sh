#!/usr/bin/env bash
# Counts the instructions (valgrind callgrind, all threads) that the raw
# baseline and `cablecat load` execute on the same generated CSV and prints
# their ratios: unlike wall time, an instruction count does not move when the
# shared machine is busy, so it shows what a change saved. It does not show
# parallelism (a load on two cores has a wall ratio about half its
# instruction ratio) or cache misses (FTS5 spends much of its time in them).
#
# Usage: bench/instruction_ratio.sh [--rows N] [--fts] [--build-dir DIR] [--cablecat PATH]...
#   --rows N         rows of the generated CSV (default 5000; ~1-2 min per binary)
#   --fts            also count `load` with full-text search
#   --build-dir DIR  Release build with baseline_loader and cablecat (default build-release)
#   --cablecat PATH  count this binary (repeatable, to compare builds); default: the build's
set -euo pipefail

bench_dir=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench_dir")
rows=5000 fts=0 build_dir="$root/build-release" binaries=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --rows) rows=$2; shift 2 ;;
    --fts) fts=1; shift ;;
    --build-dir) build_dir=$2; shift 2 ;;
    --cablecat) binaries+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "instruction_ratio: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
command -v valgrind >/dev/null || { echo "instruction_ratio: needs valgrind (apt-get install valgrind)" >&2; exit 1; }
[[ ${#binaries[@]} -gt 0 ]] || binaries=("$build_dir/src/cablecat")
baseline="$build_dir/bench/baseline_loader"
[[ -x $baseline ]] || { echo "instruction_ratio: build $baseline first" >&2; exit 1; }

data_dir="$bench_dir/data"
mkdir -p "$data_dir/run"
csv="$data_dir/cables-$rows.csv"
[[ -f $csv ]] || python3 "$bench_dir/generate_cables_csv.py" --rows "$rows" \
  --shared "${CABLECAT_SHARED_DIR:-$root/../shared}" --output "$csv" >&2

# Prints the instructions one command executed (all its threads).
count() {
  local db="$data_dir/run/instructions.db" out="$data_dir/run/callgrind.out"
  rm -f "$db"* "$out"
  valgrind --tool=callgrind --callgrind-out-file="$out" "$@" "$db" >/dev/null 2>&1 || true
  rm -f "$db"*
  awk '/^summary:/ { print $2 }' "$out"
  rm -f "$out"
}

base=$(count "$baseline" "$csv")
echo "| command ($rows rows) | instructions | × baseline |"
echo "|---|---:|---:|"
printf '| baseline_loader | %s | 1.00 |\n' "$base"
for binary in "${binaries[@]}"; do
  # The database comes last (count appends it): load --db takes it as its value.
  n=$(count "$binary" load --quiet --no-fts "$csv" --db)
  printf '| %s load --no-fts | %s | %.2f |\n' "$binary" "$n" "$(awk -v a="$n" -v b="$base" 'BEGIN { print a / b }')"
  if [[ $fts == 1 ]]; then
    n=$(count "$binary" load --quiet "$csv" --db)
    printf '| %s load | %s | %.2f |\n' "$binary" "$n" "$(awk -v a="$n" -v b="$base" 'BEGIN { print a / b }')"
  fi
done
