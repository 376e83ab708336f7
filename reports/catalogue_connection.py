"""Opens a cablecat catalogue read-only for the reporting scripts."""
import pathlib
import sqlite3
import sys

APPLICATION_ID = 0x43424C43  # "CBLC", PRAGMA application_id of every catalogue


def open_catalogue(path):
    """A read-only connection, or exit 1 with a message when `path` is no catalogue."""
    file = pathlib.Path(path)
    if not file.is_file():
        sys.exit(f"{path}: no such catalogue; create it with 'cablecat load --db {path} INPUT...'")
    # mode=ro: the reports never write, whatever they run.
    connection = sqlite3.connect(file.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as error:
        sys.exit(f"{path}: cannot open catalogue: {error}")
    if application_id != APPLICATION_ID:
        sys.exit(f"{path}: not a cablecat catalogue; give another --db file")
    return connection
