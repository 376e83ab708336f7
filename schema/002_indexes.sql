-- Secondary indexes on the columns users join and filter on. Kept apart from
-- 001 so a bulk load into an empty catalogue can build them after the insert
-- (so is every *_indexes.sql file). `created` and `origin` are indexed in 005;
-- `classification` and recipients' `address` in 008, with the column the
-- questions about them also read (catalogues made before 008 had them here,
-- on the one column: 008 replaces them).
CREATE INDEX cable_tags_tag        ON cable_tags(tag_id);
CREATE INDEX refs_ref_id           ON refs(ref_id);
CREATE INDEX cable_sources_source  ON cable_sources(source_id);
CREATE INDEX load_issues_source    ON load_issues(source_id);
