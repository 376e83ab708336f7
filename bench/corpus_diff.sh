#!/usr/bin/env bash
# Loads the real corpus (../shared/corpus) with two cablecat binaries and
# counts the cables whose references, recipients or tags differ: run it after
# every parser change, e.g.
#   bench/corpus_diff.sh /tmp/cablecat-before build/src/cablecat
set -euo pipefail
before=${1:?usage: corpus_diff.sh OLD_BINARY NEW_BINARY [CORPUS]}
after=${2:?usage: corpus_diff.sh OLD_BINARY NEW_BINARY [CORPUS]}
corpus=${3:-$(dirname "$0")/../../shared/corpus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$before" load --quiet --no-fts --db "$work/before.db" "$corpus" 2>/dev/null || true
"$after" load --quiet --no-fts --db "$work/after.db" "$corpus" 2>/dev/null || true

# One text per cable and field family, from the catalogue attached as $1.
children_view() {
  cat <<SQL
CREATE TEMP VIEW $1_children AS
SELECT c.ref_id,
  (SELECT group_concat(kind || ' ' || coalesce(routing_indicator, '') || '/' || address || ' ' ||
          coalesce(precedence, '') || ' ' || coalesce(serial, ''), '|')
     FROM (SELECT * FROM $1.recipients r WHERE r.cable_id = c.id ORDER BY position)) AS recipients,
  (SELECT group_concat(code, ' ') FROM (SELECT t.code FROM $1.cable_tags ct
     JOIN $1.tags t ON t.id = ct.tag_id WHERE ct.cable_id = c.id ORDER BY ct.position)) AS tags,
  (SELECT group_concat(coalesce(letter, '') || ' ' || coalesce(ref_id, raw) || ' ' || kind, '|')
     FROM (SELECT * FROM $1.refs f WHERE f.cable_id = c.id ORDER BY position)) AS refs
FROM $1.cables c;
SQL
}

sqlite3 "$work/after.db" <<SQL
ATTACH '$work/before.db' AS old;
$(children_view main)
$(children_view old)
.mode list
SELECT 'cables compared: ' || count(*) FROM main_children n JOIN old_children o USING (ref_id);
SELECT 'references changed: ' || count(*) FROM main_children n JOIN old_children o USING (ref_id)
  WHERE n.refs IS NOT o.refs;
SELECT 'recipients changed: ' || count(*) FROM main_children n JOIN old_children o USING (ref_id)
  WHERE n.recipients IS NOT o.recipients;
SELECT 'tags changed: ' || count(*) FROM main_children n JOIN old_children o USING (ref_id)
  WHERE n.tags IS NOT o.tags;
SELECT 'only in one catalogue: ' || ((SELECT count(*) FROM main_children WHERE ref_id NOT IN
  (SELECT ref_id FROM old_children)) + (SELECT count(*) FROM old_children WHERE ref_id NOT IN
  (SELECT ref_id FROM main_children)));
SQL
