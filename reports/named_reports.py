"""Runs the named report SQL files (reports/NAME.sql) from Python: the same
SQL, with the same parameters, as `cablecat report -p NAME VALUE NAME`."""
import collections
import pathlib

REPORTS_FOLDER = pathlib.Path(__file__).resolve().parent


def run_report(connection, name, **parameters):
    """The rows of reports/NAME.sql as sqlite3.Row objects (by column name).

    Parameters not given (or None) are NULL, which every report reads as
    "no filter" or "the default limit".
    """
    sql = (REPORTS_FOLDER / f"{name}.sql").read_text(encoding="utf-8")
    # A defaultdict, not a dict: sqlite3 then asks it for every :name in the
    # SQL, and the ones the caller left out come back None.
    values = collections.defaultdict(lambda: None, parameters)
    cursor = connection.execute(sql, values)
    rows = cursor.fetchall()
    columns = [description[0] for description in cursor.description]
    return [dict(zip(columns, row)) for row in rows]
