#!/usr/bin/env bash
# Smoke test: generate 200 rows, load them and the real 12-row dump with the baseline loader, check;
# then load the 200 rows with cablecat and check that store_floor stores all of their rows again.
# Usage: smoke_test.sh PYTHON BASELINE_LOADER WORK_DIR SHARED_DIR CABLECAT STORE_FLOOR
# (exit 77: no corpus, skipped)
set -euo pipefail
python=$1 loader=$2 work=$3 shared=$4 cablecat=$5 store_floor=$6
bench_dir=$(cd "$(dirname "$0")" && pwd)
if [[ ! -f $shared/data/cablegate-ids.csv ]]; then
  echo "no corpus at $shared: skipped"; exit 77
fi
rm -rf "$work" && mkdir -p "$work"
"$python" "$bench_dir/generate_cables_csv.py" --rows 200 --crlf --shared "$shared" \
  --output "$work/cables.csv"
"$loader" "$work/cables.csv" "$work/generated.db"
"$loader" "$shared/corpus/csv/cables_tiny.csv" "$work/tiny.db"
"$python" - "$work" "$shared" <<'PYTHON'
import sqlite3, sys
work, shared = sys.argv[1], sys.argv[2]
with open(shared + "/data/cablegate-ids.csv") as listing:
    expected_ids = [line.split(",")[0] for line in listing.read().splitlines()[1:201]]
generated = sqlite3.connect(work + "/generated.db")
rows = generated.execute("SELECT row_number, ref_id, body, header FROM cables_raw ORDER BY rowid").fetchall()
assert len(rows) == 200, "expected 200 rows, got %d" % len(rows)
assert [r[0] for r in rows] == [str(n) for n in range(1, 201)], "row numbers 1..200"
assert [r[1] for r in rows] == expected_ids, "reference IDs in file order"
assert not any("\\'" in r[2] or '\\"' in r[2] for r in rows), "escapes removed"
assert any("'" in r[2] for r in rows), "apostrophes kept"
assert all("\r\n" in r[2] for r in rows), "CRLF kept inside fields"
tiny = sqlite3.connect(work + "/tiny.db")
(count,) = tiny.execute("SELECT count(*) FROM cables_raw").fetchone()
assert count == 12, "real tiny dump has 12 rows, got %d" % count
(ref_id, refs) = tiny.execute("SELECT ref_id, refs FROM cables_raw WHERE row_number = '10'").fetchone()
assert ref_id == "7575LIBREVILLE1895" and refs == "75STATE272523", (ref_id, refs)
(body,) = tiny.execute("SELECT body FROM cables_raw WHERE row_number = '1'").fetchone()
assert 'OF "PREFERENTIAL JURISDICTION" FOR FISHING' in body, "escaped quotes restored"
assert body.endswith("SACCIO \r\n"), repr(body[-20:])
print("bench smoke: 200 generated + 12 real rows loaded and checked")
PYTHON
"$cablecat" load --quiet --db "$work/catalogue.db" "$work/cables.csv"
"$store_floor" rows "$work/catalogue.db" "$work/floor-rows.db"
"$store_floor" fts "$work/catalogue.db" "$work/floor-fts.db" 2
"$python" - "$work" <<'PYTHON'
import sqlite3, sys
work = sys.argv[1]
catalogue = sqlite3.connect(work + "/catalogue.db")
floor = sqlite3.connect(work + "/floor-rows.db")
tables = [name for (name,) in catalogue.execute(
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
    "AND name NOT LIKE 'cables_fts%'")]
assert {"cables", "recipients", "cable_tags", "refs"} <= set(tables), tables
for table in tables:
    query = 'SELECT * FROM "%s" ORDER BY 1, 2' % table
    assert catalogue.execute(query).fetchall() == floor.execute(query).fetchall(), table
(recipients,) = floor.execute("SELECT count(*) FROM recipients").fetchone()
assert recipients > 200, recipients
indexes = "SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'cables_fts%' ORDER BY 1"
assert catalogue.execute(indexes).fetchall() == floor.execute(indexes).fetchall(), "same indexes"
shards = [sqlite3.connect(work + path) for path in ("/floor-fts.db", "/floor-fts.db.1")]
counts = [shard.execute("SELECT count(*) FROM cables_fts_docsize").fetchone()[0] for shard in shards]
# 200 rows hold 199 cables: the release has 85NOFORNMOGADISHU1643 and 85MOGADISHU1643.
(cables,) = catalogue.execute("SELECT count(*) FROM cables").fetchone()
assert cables >= 199 and sum(counts) == cables and min(counts) > 0, (cables, counts)
word = "SELECT count(*) FROM cables_fts WHERE cables_fts MATCH 'embassy'"
(expected,) = catalogue.execute(word).fetchone()
assert expected > 0 and sum(shard.execute(word).fetchone()[0] for shard in shards) == expected
print("bench smoke: store_floor stored the 200 cables' %d rows again and indexed them in 2 shards"
      % sum(catalogue.execute('SELECT count(*) FROM "%s"' % t).fetchone()[0] for t in tables))
PYTHON
