"""The tables of the HTML report: plain tables, heatmaps (a row per origin or
tag, a column per year) and the classification mix of each year."""
from html import escape

from timeline_chart import FAMILIES


def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def html_table(columns, rows, css_class=""):
    """columns: [(header, css class of its cells)]; rows: lists of values.
    Cells of class "number" are right-aligned, "date" never wraps."""
    head = "".join(f'<th class="{css}">{escape(header)}</th>' for header, css in columns)
    lines = [f'<table class="{css_class}">', f"<tr>{head}</tr>"]
    for row in rows:
        cells = "".join(f'<td class="{css}">{escape(cell_text(value))}</td>'
                        for (_, css), value in zip(columns, row))
        lines.append(f"<tr>{cells}</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def shade(value, peak):
    """Background and text colour for a heatmap cell: darker for more."""
    if not value or not peak:
        return "background:#fafafa;color:#bbb"
    strength = 0.1 + 0.85 * value / peak
    text = "#fff" if strength > 0.55 else "#222"
    return f"background:rgba(31,94,160,{strength:.2f});color:{text}"


def heatmap(heads, rows, periods, shown, tooltip):
    """heads: [(header, css class)] of the leading columns; rows: (leading
    values, {period: value}); periods: [(period key, header)]; shown(value)
    is a cell's text, tooltip(leading values, period header, value) its title. Cells are
    shaded by value relative to the largest."""
    peak = max((value for _, values in rows for value in values.values()), default=0)
    head = "".join(f'<th class="{css}">{escape(header)}</th>' for header, css in heads)
    head += "".join(f'<th class="period">{escape(header)}</th>' for _, header in periods)
    lines = ['<table class="heatmap">', f"<tr>{head}</tr>"]
    for leading, values in rows:
        cells = "".join(f'<td class="{css}">{escape(cell_text(value))}</td>'
                        for (_, css), value in zip(heads, leading))
        for key, header in periods:
            value = values.get(key)
            cells += (f'<td class="period" style="{shade(value, peak)}" '
                      f'title="{escape(tooltip(leading, header, value))}">{escape(shown(value))}</td>')
        lines.append(f"<tr>{cells}</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def classification_mix(counts):
    """A bar 100 % wide split by family: the year's classification mix."""
    total = sum(counts)
    spans = "".join(f'<span style="width:{100 * value / total:.2f}%;background:{colour}" '
                    f'title="{family}: {value:,} ({100 * value / total:.0f} %)"></span>'
                    for (family, colour), value in zip(FAMILIES, counts) if value)
    return f'<div class="mix">{spans}</div>'


def years_table(year_rows):
    """Cables per year by classification: counts and the mix as a bar."""
    head = ("<tr><th>year</th><th class=\"number\">cables</th>"
            + "".join(f'<th class="number">{family}</th>' for family, _ in FAMILIES)
            + '<th class="mix-head">mix</th></tr>')
    lines = ['<table class="years">', head]
    for row in year_rows:
        counts = [row[family] or 0 for family, _ in FAMILIES]
        cells = f'<td class="date">{escape(row["year"])}</td><td class="number">{row["cables"]:,}</td>'
        cells += "".join(f'<td class="number">{value:,}</td>' for value in counts)
        cells += f"<td>{classification_mix(counts)}</td>"
        lines.append(f"<tr>{cells}</tr>")
    lines.append("</table>")
    return "\n".join(lines)
