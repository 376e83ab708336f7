#!/usr/bin/env bash
# Runs every load and query benchmark in one go (shared noise) and prints one markdown table.
#
# Usage: bench/run_benchmarks.sh [--rows N] [--skip-generate] [--out FILE]
#                                [--repeat N] [--build-dir DIR] [--data-dir DIR] [--keep]
#                                [--cablecat PATH] [--crlf]
#   --rows N         only this size (a quick smoke run), instead of 25000, 100000 and 251287
#   --skip-generate  never generate data; sizes whose CSV is missing are skipped
#   --out FILE       also write the results (markdown) to FILE
#   --repeat N       runs of each query (default 5; the median is reported)
#   --build-dir DIR  Release build to use or create (default: build-release)
#   --data-dir DIR   where the CSVs and scratch databases live (default: bench/data)
#   --keep           keep the catalogues built (default: all are deleted at the end)
#   --cablecat PATH  measure this cablecat binary instead of building one
#   --crlf           use CSVs with CRLF line endings (cables-crlf*.csv)
# A step that fails is reported as "failed" and the run goes on.
set -uo pipefail

bench_dir=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench_dir")
sizes=(25000 100000 251287)
full_rows=251287
skip_generate=0
out_file=""
repeat=5
build_dir="$root/build-release"
data_dir="$bench_dir/data"
keep=0
cablecat=""
crlf=""
shared_dir=${CABLECAT_SHARED_DIR:-$root/../shared}

while [[ $# -gt 0 ]]; do
  case $1 in
    --rows) sizes=("$2"); shift 2 ;;
    --skip-generate) skip_generate=1; shift ;;
    --out) out_file=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --build-dir) build_dir=$2; shift 2 ;;
    --data-dir) data_dir=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --cablecat) cablecat=$2; shift 2 ;;
    --crlf) crlf="-crlf"; shift ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run_benchmarks: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
if ! [[ ${sizes[0]} =~ ^[1-9][0-9]*$ && $repeat =~ ^[1-9][0-9]*$ ]]; then
  echo "run_benchmarks: --rows and --repeat take a positive number" >&2; exit 2
fi

log() { echo "run_benchmarks: $*" >&2; }

if [[ ! -x /usr/bin/time ]]; then
  log "installing GNU time (needed for peak RSS)"
  if ! { apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y time >/dev/null 2>&1; }; }; then
    log "GNU time is missing and could not be installed: apt-get install time"; exit 1
  fi
fi

# --- build --------------------------------------------------------------------------------------
log "building Release in $build_dir"
if [[ ! -f $build_dir/CMakeCache.txt ]]; then
  cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >&2 || { log "cmake failed"; exit 1; }
fi
if ! grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$build_dir/CMakeCache.txt"; then
  log "warning: $build_dir is not a Release build; numbers will not be comparable"
fi
cmake --build "$build_dir" -j2 --target baseline_loader store_floor parse_throughput >&2 ||
  { log "baseline_loader, store_floor or parse_throughput does not build"; exit 1; }
if [[ -z $cablecat ]]; then
  cablecat="$build_dir/src/cablecat"
  if ! cmake --build "$build_dir" -j2 --target cablecat >&2; then
    log "cablecat does not build: its steps will be reported as failed"
    cablecat=""
  fi
fi
baseline="$build_dir/bench/baseline_loader"
store_floor="$build_dir/bench/store_floor"
parse_throughput="$build_dir/bench/parse_throughput"
cores=$(nproc)

# --- data ---------------------------------------------------------------------------------------
mkdir -p "$data_dir/run"
csv_for() {
  if [[ $1 == "$full_rows" ]]; then echo "$data_dir/cables$crlf.csv"; else echo "$data_dir/cables$crlf-$1.csv"; fi
}
rm -f "$data_dir/run/"*.log
for rows in "${sizes[@]}"; do
  csv=$(csv_for "$rows")
  if [[ ! -f $csv && $skip_generate == 0 ]]; then
    log "generating $csv"
    python3 "$bench_dir/generate_cables_csv.py" --rows "$rows" --shared "$shared_dir" ${crlf:+--crlf} \
      --output "$csv" || log "generation failed for $rows rows"
  fi
done

load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)

# --- measuring ----------------------------------------------------------------------------------
results=()      # markdown rows of the load table
query_results=()
baseline_seconds=""

# measure NAME ROWS CSV COUNT_SQL DB -- COMMAND...: wall time and peak RSS of COMMAND.
measure() {
  local name=$1 rows=$2 csv=$3 count_sql=$4 db=$5; shift 6
  local time_file="$data_dir/run/time.txt" log_file="$data_dir/run/${name//[^a-zA-Z0-9]/_}.log"
  local started ended status seconds cpu rss_kb rss_mb megabytes ratio in_db
  log "$name ($rows rows)"
  started=$EPOCHREALTIME
  /usr/bin/time -v -o "$time_file" "$@" >"$log_file" 2>&1
  status=$?
  ended=$EPOCHREALTIME
  seconds=$(awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.2f", b - a }')
  rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$time_file")
  cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ { t += $2 } END { printf "%.2f", t }' "$time_file")
  rss_mb=$(awk -v k="${rss_kb:-0}" 'BEGIN { printf "%.0f", k / 1024 }')
  megabytes=$(awk -v b="$(stat -c %s "$csv")" 'BEGIN { printf "%.1f", b / 1e6 }')
  in_db=$(sqlite3 -readonly "$db" "$count_sql" 2>/dev/null || echo "?")
  if [[ $status != 0 ]]; then
    log "$name failed (exit $status); last lines of $log_file:"; tail -n 5 "$log_file" >&2
    results+=("| $name | $rows | failed (exit $status) | | | | | | $in_db |")
    return 1
  fi
  [[ $name == baseline* ]] && baseline_seconds=$seconds
  ratio=$(awk -v s="$seconds" -v b="$baseline_seconds" 'BEGIN { if (b > 0) printf "%.2f", s / b; else print "n/a" }')
  results+=("| $name | $rows | $seconds | $cpu | $(awk -v r="$rows" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }') | $(awk -v m="$megabytes" -v s="$seconds" 'BEGIN { printf "%.1f", m / s }') | $rss_mb | $ratio | $in_db |")
}

# floor_parse ROWS CSV: the parser alone on one thread (parse_throughput: the
# cables are read into memory first, so only parsing is timed), as a table row.
floor_parse() {
  local rows=$1 csv=$2 line seconds cpu ratio cables
  log "floor: parser alone ($rows rows)"
  if ! line=$("$parse_throughput" --repeat 1 "$csv" 2>>"$data_dir/run/parse_floor.log"); then
    results+=("| floor: parser alone, 1 thread | $rows | failed | | | | | | |"); return 1
  fi
  cables=$(awk '{ print $2 }' <<<"$line")
  seconds=$(awk '{ for (i = 1; i < NF; i++) if ($i == "parse") printf "%.2f", $(i + 1) }' <<<"$line")
  cpu=$(awk -v n="$cables" '{ for (i = 1; i < NF; i++) if ($i == "cpu") printf "%.2f", $(i + 1) * n / 1e6 }' <<<"$line")
  ratio=$(awk -v s="$seconds" -v b="$baseline_seconds" 'BEGIN { if (b > 0) printf "%.2f", s / b; else print "n/a" }')
  results+=("| floor: parser alone, 1 thread | $rows | $seconds | $cpu | $(awk -v r="$rows" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }') | | | $ratio | ($cables parsed) |")
}

# floor_store ROWS CSV CATALOGUE: SQLite alone storing the rows of CATALOGUE
# again, then its FTS5 index alone on every core (bench/store_floor.cpp).
floor_store() {
  local rows=$1 csv=$2 catalogue=$3 floor="$data_dir/run/floor-$rows.db" shard count_sql
  rm -f "$floor"*
  measure "floor: SQLite storing the same rows" "$rows" "$csv" "$cables_count" "$floor" -- \
    "$store_floor" rows "$catalogue" "$floor"
  rm -f "$floor"*
  count_sql="SELECT (SELECT count(*) FROM cables_fts_docsize)"
  for ((shard = 1; shard < cores; shard++)); do
    count_sql="ATTACH '$floor.$shard' AS s$shard; $count_sql + (SELECT count(*) FROM s$shard.cables_fts_docsize)"
  done
  measure "floor: FTS5 index alone, $cores threads" "$rows" "$csv" "$count_sql" "$floor" -- \
    "$store_floor" fts "$catalogue" "$floor" "$cores"
  rm -f "$floor"*
}

# median_ms COMMAND...: runs COMMAND $repeat times and prints the median wall time in ms.
median_ms() {
  local times=() started ended i
  for ((i = 0; i < repeat; i++)); do
    started=$EPOCHREALTIME
    "$@" >/dev/null 2>>"$data_dir/run/queries.log" || return 1
    ended=$EPOCHREALTIME
    times+=("$(awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.1f", (b - a) * 1000 }')")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# run_query NAME CABLECAT_ARGUMENTS...: one row of the query table.
run_query() {
  local name=$1 ms lines; shift
  log "query: $name"
  if ms=$(median_ms "$cablecat" "$@"); then
    lines=$("$cablecat" "$@" 2>/dev/null | wc -l)
    query_results+=("| $name | $ms | $repeat | $lines |")
  else
    query_results+=("| $name | failed | | |")
  fi
}

cables_count="SELECT count(*) FROM cables"
catalogue=""
catalogue_rows=0
for rows in "${sizes[@]}"; do
  csv=$(csv_for "$rows")
  if [[ ! -f $csv ]]; then
    log "no $csv: size skipped"; results+=("| (all) | $rows | skipped: no data | | | | | | |"); continue
  fi
  baseline_seconds=""
  cat "$csv" >/dev/null  # same warm page cache for every step
  db="$data_dir/run/baseline-$rows.db"; rm -f "$db"
  measure "baseline" "$rows" "$csv" "SELECT count(*) FROM cables_raw" "$db" -- "$baseline" "$csv" "$db"
  rm -f "$db"
  if [[ -z $cablecat ]]; then
    results+=("| cablecat load --no-fts | $rows | failed (no binary) | | | | | | |")
    results+=("| cablecat load (FTS) | $rows | failed (no binary) | | | | | | |")
    continue
  fi
  db="$data_dir/run/catalogue-nofts-$rows.db"; rm -f "$db"*
  measure "cablecat load --no-fts" "$rows" "$csv" "$cables_count" "$db" -- \
    "$cablecat" load --no-fts --quiet --db "$db" "$csv" && floor_store "$rows" "$csv" "$db"
  floor_parse "$rows" "$csv"
  [[ $keep == 1 ]] || rm -f "$db"*
  db="$data_dir/run/catalogue-$rows.db"; rm -f "$db"*
  if measure "cablecat load (FTS)" "$rows" "$csv" "$cables_count" "$db" -- \
      "$cablecat" load --quiet --db "$db" "$csv"; then
    if [[ -n $catalogue && $keep == 0 ]]; then rm -f "$catalogue"*; fi
    catalogue=$db catalogue_rows=$rows catalogue_csv=$csv
  fi
done

# Reload and queries on the largest catalogue that loaded.
if [[ -n $catalogue ]]; then
  measure "reload (all already there)" "$catalogue_rows" "$catalogue_csv" "$cables_count" "$catalogue" -- \
    "$cablecat" load --quiet --db "$catalogue" "$catalogue_csv"
  # The same without the unchanged-file shortcut: every row read, parsed and
  # matched against the stored cable (what a slightly changed dump costs).
  measure "reload --reparse (every row parsed)" "$catalogue_rows" "$catalogue_csv" "$cables_count" \
    "$catalogue" -- "$cablecat" load --quiet --reparse --db "$catalogue" "$catalogue_csv"
  middle_id=$(sed -n "$((catalogue_rows / 2 + 2))p" "$shared_dir/data/cablegate-ids.csv" | cut -d, -f1)
  tag="PGOV" word="corruption"
  run_query "cable by ref_id ($middle_id)" query --mode csv --db "$catalogue" \
    "SELECT id, ref_id, created, subject FROM cables WHERE ref_id = '$middle_id'"
  run_query "all cables tagged $tag" query --mode csv --db "$catalogue" \
    "SELECT c.ref_id, c.created, c.subject FROM cables AS c JOIN cable_tags AS ct ON ct.cable_id = c.id JOIN tags AS t ON t.id = ct.tag_id WHERE t.code = '$tag'"
  run_query "search \"$word\" (top 20)" search --limit 20 --db "$catalogue" "$word"
  [[ $keep == 1 ]] || rm -f "$catalogue"*
else
  results+=("| reload (all already there) | | failed (no catalogue) | | | | | | |")
  query_results+=("| queries | failed (no catalogue) | | |")
fi
rm -f "$data_dir/run/time.txt"

# --- report -------------------------------------------------------------------------------------
report() {
  echo "## cablecat benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), load average $(cut -d' ' -f1-3 /proc/loadavg) (at the start: $load_at_start), CPU pressure $(awk '/some/ { sub("avg10=", "", $2); print $2 "%"; exit }' /proc/pressure/cpu 2>/dev/null || echo '?'), SQLite $(sqlite3 --version | cut -d' ' -f1)"
  echo
  echo "| step | rows | wall s | cpu s | cables/s | MB/s | peak RSS MB | × baseline | rows in db |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${results[@]}"
  echo
  echo "| query (on the largest catalogue) | median ms | runs | output lines |"
  echo "|---|---:|---:|---:|"
  printf '%s\n' "${query_results[@]}"
}
if [[ -n $out_file ]]; then report | tee "$out_file"; else report; fi
