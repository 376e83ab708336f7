-- What a file held and which build read it, so an unchanged file is not
-- read again.
--
-- sources.digest        XXH3-128 of the file's bytes as stored on disk (of
--                       the compressed bytes for .gz); NULL for stdin.
-- sources.loader_build  fingerprint of the cablecat code that turns a file
--                       into rows (readers, parser, writer, schema). A load
--                       skips a file when a completed source (fingerprint
--                       NOT NULL) has the same path, format, digest and
--                       loader_build: reading it again would change nothing.
--                       `load --reparse` reads it anyway.
ALTER TABLE sources ADD COLUMN digest TEXT;
ALTER TABLE sources ADD COLUMN loader_build TEXT;
CREATE INDEX sources_path ON sources(path);
