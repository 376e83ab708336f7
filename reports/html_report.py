#!/usr/bin/env python3
"""Writes one self-contained HTML overview of a cablecat catalogue: a monthly
timeline (inline SVG, bars stacked by classification), the top tags, the top
origins and the most-cited cables.

    python3 reports/html_report.py --db cables.db --output report.html

Nothing is loaded from the network: the page opens anywhere, offline.
"""
import argparse
import html
import os
import sys

from catalogue_connection import open_catalogue

# Classification families, bottom to top in each bar, with their colours.
FAMILIES = [("unclassified", "#7fb069"), ("confidential", "#e6aa68"),
            ("secret", "#ca3c25"), ("other", "#9a9a9a")]

MONTHS_SQL = """
SELECT substr(created, 1, 7) AS month,
       sum(classification LIKE 'UNCLASSIFIED%'),
       sum(classification LIKE 'CONFIDENTIAL%'),
       sum(classification LIKE 'SECRET%'),
       sum(classification IS NULL OR (classification NOT LIKE 'UNCLASSIFIED%'
           AND classification NOT LIKE 'CONFIDENTIAL%' AND classification NOT LIKE 'SECRET%'))
FROM cables WHERE created IS NOT NULL GROUP BY month ORDER BY month
"""

TOP_TAGS_SQL = """
SELECT t.code, t.kind, count(DISTINCT ct.cable_id) AS cables
FROM tags AS t JOIN cable_tags AS ct ON ct.tag_id = t.id
GROUP BY t.id ORDER BY cables DESC, t.code LIMIT ?
"""

TOP_ORIGINS_SQL = """
SELECT origin, count(*) AS cables, substr(min(created), 1, 10), substr(max(created), 1, 10)
FROM cables WHERE origin IS NOT NULL GROUP BY origin ORDER BY cables DESC, origin LIMIT ?
"""

MOST_CITED_SQL = """
SELECT cb.ref_id, substr(c.created, 1, 10), c.subject, count(DISTINCT cb.cited_by_ref_id) AS cited_by
FROM cited_by AS cb JOIN cables AS c ON c.ref_id = cb.ref_id
GROUP BY cb.ref_id ORDER BY cited_by DESC, cb.ref_id LIMIT ?
"""

STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em; color: #222; max-width: 1150px; }
h1 { margin-bottom: 0.2em; } .lead { color: #555; margin-top: 0; }
table { border-collapse: collapse; margin: 0.5em 0 2em; font-size: 0.9em; }
th, td { padding: 0.25em 0.8em; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } td.number { text-align: right; font-variant-numeric: tabular-nums; }
.columns { display: flex; gap: 3em; flex-wrap: wrap; }
svg text { font-size: 11px; fill: #333; }
"""


def all_months(first, last):
    """Every YYYY-MM from first to last, so empty months show as gaps."""
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    while (year, month) <= end:
        yield f"{year:04d}-{month:02d}"
        month += 1
        if month == 13:
            year, month = year + 1, 1


def nice_step(maximum, ticks=5):
    """A round tick step (1, 2 or 5 times a power of ten) for the y axis."""
    raw = max(maximum / ticks, 1)
    power = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


def timeline_svg(rows, width=1100, height=320):
    """Stacked bars per month with y ticks, year labels and a legend."""
    if not rows:
        return "<p>No dated cables.</p>"
    counts = {row[0]: [value or 0 for value in row[1:]] for row in rows}
    months = list(all_months(rows[0][0], rows[-1][0]))
    left, right, top, bottom = 55, 15, 30, 40
    plot_width, plot_height = width - left - right, height - top - bottom
    peak = max(sum(values) for values in counts.values())
    step = nice_step(peak)
    axis_max = step * -(-peak // step)
    bar_width = plot_width / len(months)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="Cables per month">']
    for tick in range(0, axis_max + 1, step):
        y = top + plot_height - tick / axis_max * plot_height
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#e5e5e5"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick:,}</text>')
    for index, month in enumerate(months):
        x = left + index * bar_width
        base = top + plot_height
        values = counts.get(month, [0, 0, 0, 0])
        for (family, colour), value in zip(FAMILIES, values):
            if not value:
                continue
            bar_height = value / axis_max * plot_height
            base -= bar_height
            parts.append(f'<rect x="{x:.2f}" y="{base:.2f}" width="{max(bar_width - 1, 0.5):.2f}" '
                         f'height="{bar_height:.2f}" fill="{colour}"><title>{month} {family}: {value:,}</title></rect>')
    # Up to two years: a label per month. Longer: one per year at its first
    # month. Labels that would crowd the previous one or run off the right
    # edge are skipped.
    by_month = len(months) <= 24
    spacing = 55 if by_month else 40
    last_label_x = None
    for index, month in enumerate(months):
        if not by_month and index > 0 and not month.endswith("-01"):
            continue
        x = left + index * bar_width
        if (last_label_x is not None and x - last_label_x < spacing) or x + spacing - 10 > width:
            continue
        last_label_x = x
        parts.append(f'<line x1="{x:.1f}" y1="{top + plot_height}" x2="{x:.1f}" y2="{top + plot_height + 5}" stroke="#555"/>')
        parts.append(f'<text x="{x + 2:.1f}" y="{top + plot_height + 18}">{month if by_month else month[:4]}</text>')
    parts.append(f'<line x1="{left}" y1="{top + plot_height}" x2="{width - right}" y2="{top + plot_height}" stroke="#555"/>')
    parts.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_height}" stroke="#555"/>')
    for index, (family, colour) in enumerate(FAMILIES):
        x = left + 10 + index * 120
        parts.append(f'<rect x="{x}" y="8" width="12" height="12" fill="{colour}"/>')
        parts.append(f'<text x="{x + 17}" y="18">{family}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def html_table(headers, rows, numeric=()):
    """An HTML table; columns whose index is in `numeric` are right-aligned."""
    lines = ["<table>", "<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in headers) + "</tr>"]
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            text = "" if value is None else (f"{value:,}" if isinstance(value, int) else str(value))
            css = ' class="number"' if index in numeric else ""
            cells.append(f"<td{css}>{html.escape(text)}</td>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def build_report(connection, db_name, limit=20):
    cables, first, last = connection.execute(
        "SELECT count(*), substr(min(created), 1, 10), substr(max(created), 1, 10) FROM cables").fetchone()
    months = connection.execute(MONTHS_SQL).fetchall()
    tags = connection.execute(TOP_TAGS_SQL, (limit,)).fetchall()
    origins = connection.execute(TOP_ORIGINS_SQL, (limit,)).fetchall()
    cited = connection.execute(MOST_CITED_SQL, (limit,)).fetchall()
    span = f"from {first} to {last}" if first else "with no dates"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>cablecat report: {html.escape(db_name)}</title>
<style>{STYLE}</style>
</head>
<body>
<h1>Cable catalogue overview</h1>
<p class="lead">{html.escape(db_name)}: {cables:,} cables {html.escape(span)}.</p>
<h2>Cables per month</h2>
{timeline_svg(months)}
<div class="columns">
<section><h2>Top tags</h2>
{html_table(["tag", "kind", "cables"], tags, numeric={2})}
</section>
<section><h2>Top origins</h2>
{html_table(["origin", "cables", "first", "last"], origins, numeric={1})}
</section>
</div>
<h2>Most-cited cables</h2>
{html_table(["cable", "created", "subject", "cited by"], cited, numeric={3})}
</body>
</html>
"""


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default=os.environ.get("CABLECAT_DB") or "cables.db",
                        help="catalogue file (default: $CABLECAT_DB, else cables.db)")
    parser.add_argument("--output", "-o", default="report.html", help="HTML file to write (default: report.html)")
    parser.add_argument("--limit", type=int, default=20, help="rows in each top list (default: 20)")
    options = parser.parse_args(argv)
    connection = open_catalogue(options.db)
    page = build_report(connection, os.path.basename(options.db), options.limit)
    if options.output == "-":
        sys.stdout.write(page)
        return 0
    with open(options.output, "w", encoding="utf-8") as stream:
        stream.write(page)
    print(f"wrote {options.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
