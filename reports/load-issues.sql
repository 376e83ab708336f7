-- Problems recorded while loading, one row per kind of problem
--
-- load_issues holds one row per problem (a skipped record, a repaired tag, a
-- Created time the DTG corrected, ...): thousands on a full load. This
-- report groups them by kind, so the summary fits on a screen: severity,
-- kind, how many, the first one recorded as an example, and the SQL that
-- lists every one of them.
--
-- A kind is a LIKE pattern over the message, '%' standing for what varies
-- (an ID, a date, a count, the text that could not be read). The patterns
-- below are the messages cablecat writes whose varying part is more than a
-- number; any other message has each run of digits replaced by '%'
-- ('record starting at line 12: has 7 fields instead of 8; skipped' is of
-- kind 'record starting at line %: has % fields instead of %; skipped').
WITH known_kinds (pattern) AS (VALUES
       ('Created % disagrees with the DTG %; using the DTG'),
       ('Created % is more than a day from the DTG %; kept Created'),
       ('unreadable Created date ''%'''),
       ('malformed reference ID ''%'' kept as written'),
       ('tag % read as %'),
       ('tag ''%'' has unknown kind ''%''; not stored'),
       ('recipient % (%) has unknown kind ''%''; not stored'),
       ('reference ''%'' has unknown kind ''%''; stored as ''other'''),
       ('header: % unrecognized line(s), first at header line %: "%"'),
       ('title line names % but the metadata line names %'),
       ('page heading names % but its table names %'),
       ('page text is cut short ("...") and continues with the database row of %; that row was left out'),
       ('expected the metadata line (ID, created, released, classification, origin) after the column names; got: %'),
       ('parser failure: %'),
       ('reading stopped: %'),
       ('%; the rest of the input was not read')),
     -- Messages repeat (every 'tag BTIO read as TBIO' is the same text):
     -- match each distinct message once.
     messages AS (
       SELECT severity, message, count(*) AS issues, min(id) AS first_id
       FROM load_issues
       GROUP BY severity, message),
     kinds AS (
       SELECT severity, issues, first_id,
              coalesce((SELECT pattern FROM known_kinds WHERE message LIKE pattern LIMIT 1),
                       -- each digit becomes '%', then runs of '%' become one
                       replace(replace(replace(replace(
                         replace(replace(replace(replace(replace(
                         replace(replace(replace(replace(replace(message,
                           '0', '%'), '1', '%'), '2', '%'), '3', '%'), '4', '%'),
                           '5', '%'), '6', '%'), '7', '%'), '8', '%'), '9', '%'),
                         '%%', '%'), '%%', '%'), '%%', '%'), '%%', '%')) AS kind
       FROM messages),
     grouped AS (
       SELECT severity, kind, sum(issues) AS issues, min(first_id) AS example_id
       FROM kinds
       GROUP BY severity, kind)
SELECT g.severity,
       g.kind,
       g.issues,
       example.message                                         AS example,
       example.path || coalesce(' ' || example.locator, '')   AS example_at,
       'SELECT * FROM load_issues WHERE severity = ''' || g.severity
         || ''' AND message LIKE ''' || replace(g.kind, '''', '''''') || ''''
                                                               AS list_all
FROM grouped AS g
JOIN load_issues AS example ON example.id = g.example_id
ORDER BY CASE g.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
         g.issues DESC, g.kind;
