"""The timeline of the HTML report: an inline SVG of cables per month, bars
stacked by classification, with the sparse early years in a compact
per-year panel on its left (see time_axis.py for why)."""
from html import escape

from time_axis import axis_top

# Classification families, bottom to top in each bar, with their colours
# (the columns of cables-per-month.sql and cables-per-year.sql).
FAMILIES = [("unclassified", "#7fb069"), ("confidential", "#e6aa68"),
            ("secret", "#ca3c25"), ("other", "#9a9a9a")]

WIDTH, HEIGHT = 1100, 380
TOP, BOTTOM, LEFT, RIGHT = 48, 64, 66, 16   # room for legend, labels, axis titles
GAP = 84                                     # between the panels: the main y axis and its title
YEAR_LABEL_SPACING = 38                      # px between label centres: "2008" is about 26 px wide
MONTH_LABEL_SPACING = 58                     # "2008-06" is about 44 px wide


class Panel:
    """One plot area: its left edge, width, and the y scale of its bars."""

    def __init__(self, name, left, width, peak):
        self.name, self.left, self.width = name, left, width
        self.step, self.top_value = axis_top(peak)
        self.height = HEIGHT - TOP - BOTTOM
        self.base = TOP + self.height

    def y(self, value):
        return self.base - value / self.top_value * self.height


def timeline_svg(month_counts, early_counts, months):
    """month_counts: {YYYY-MM: [count per family]} for `months` (every month
    from the first of the monthly axis to the last); early_counts: {year:
    [count per family]} for the years before it, empty when there are none."""
    parts = [f'<svg id="timeline" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="Cables per month, by classification">']
    main_left = LEFT
    if early_counts:
        first_year, main_year = min(early_counts), int(months[0][:4])
        years = list(range(first_year, main_year))
        # About 5 px a year: 1966-2002 takes 160 px, an eighth of a monthly year.
        early_width = min(max(len(years) * 5, 90), 160)
        early = Panel("early", LEFT, early_width, max(sum(v) for v in early_counts.values()))
        parts += early_panel(early, years, early_counts)
        main_left = LEFT + early_width + GAP
    main = Panel("main", main_left, WIDTH - RIGHT - main_left, max(sum(v) for v in month_counts.values()))
    parts += main_panel(main, months, month_counts)
    parts.append(f'<text class="axis-title" x="{(LEFT + WIDTH - RIGHT) / 2:.0f}" y="{HEIGHT - 10}" '
                 f'text-anchor="middle">date created</text>')
    parts += legend()
    parts.append("</svg>")
    return "\n".join(parts)


def early_panel(panel, years, counts):
    """Bars per year on a linear year axis (years without cables are gaps)."""
    slot = panel.width / len(years)
    parts = [f'<g class="panel" data-panel="early" data-first="{years[0]}" data-last="{years[-1]}">',
             caption(panel, f"{years[0]}\u2013{years[-1]}, per year")]
    parts += y_axis(panel, "cables per year")
    for index, year in enumerate(years):
        parts += stacked_bar(panel, panel.left + index * slot, slot, str(year), counts.get(year))
    # Labels at round years, and at the first year when that is not crowded.
    candidates = [year for year in years if year % 10 == 0]
    if not candidates or (candidates[0] - years[0]) * slot >= YEAR_LABEL_SPACING:
        candidates.insert(0, years[0])
    centres = [(panel.left + (year - years[0] + 0.5) * slot, str(year)) for year in candidates]
    parts += x_labels(panel, centres, YEAR_LABEL_SPACING)
    parts += baseline(panel)
    # Two slanted strokes where the axis breaks.
    end = panel.left + panel.width
    for offset in (6, 12):
        parts.append(f'<line class="axis-break" x1="{end + offset - 3}" y1="{panel.base + 5}" '
                     f'x2="{end + offset + 3}" y2="{panel.base - 5}" stroke="#555"/>')
    parts.append("</g>")
    return parts


def main_panel(panel, months, counts):
    """Bars per month; labels per month up to two years, else per year."""
    slot = panel.width / len(months)
    parts = [f'<g class="panel" data-panel="main" data-first="{months[0]}" data-last="{months[-1]}">',
             caption(panel, f"{months[0][:4]}\u2013{months[-1][:4]}, per month"
                     if months[0][:4] != months[-1][:4] else f"{months[0][:4]}, per month")]
    parts += y_axis(panel, "cables per month")
    for index, month in enumerate(months):
        parts += stacked_bar(panel, panel.left + index * slot, slot, month, counts.get(month))
    if len(months) <= 24:
        centres = [(panel.left + (index + 0.5) * slot, month) for index, month in enumerate(months)]
        parts += x_labels(panel, centres, MONTH_LABEL_SPACING)
    else:
        # Each year's label sits in the middle of its months; a tick marks each January.
        centres = []
        for index, month in enumerate(months):
            if month.endswith("-01") or index == 0:
                if index > 0:
                    x = panel.left + index * slot
                    parts.append(f'<line x1="{x:.1f}" y1="{panel.base}" x2="{x:.1f}" y2="{panel.base + 6}" '
                                 f'stroke="#555"/>')
                in_year = sum(1 for other in months[index:index + 12] if other[:4] == month[:4])
                centres.append((panel.left + (index + in_year / 2) * slot, month[:4]))
        parts += x_labels(panel, centres, YEAR_LABEL_SPACING, ticks=False)
    parts += baseline(panel)
    parts.append("</g>")
    return parts


def caption(panel, text):
    return f'<text class="panel-caption" x="{panel.left}" y="{TOP - 12}">{escape(text)}</text>'


def y_axis(panel, title):
    """Grid lines with their values, the axis line and its rotated title."""
    parts = []
    for tick in range(0, panel.top_value + 1, panel.step):
        y = panel.y(tick)
        parts.append(f'<line x1="{panel.left}" y1="{y:.1f}" x2="{panel.left + panel.width}" y2="{y:.1f}" '
                     f'stroke="#e5e5e5"/>')
        parts.append(f'<text class="y-label" x="{panel.left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick:,}</text>')
    parts.append(f'<line x1="{panel.left}" y1="{TOP}" x2="{panel.left}" y2="{panel.base}" stroke="#555"/>')
    x = panel.left - 48
    y = TOP + panel.height / 2
    parts.append(f'<text class="axis-title" x="{x}" y="{y:.0f}" text-anchor="middle" '
                 f'transform="rotate(-90 {x} {y:.0f})">{escape(title)}</text>')
    return parts


def stacked_bar(panel, x, slot, period, values):
    """One bar per period, a rect per family; each has a tooltip with its count."""
    if not values:
        return []
    parts = []
    base = panel.base
    width = max(slot - (1 if slot > 3 else 0), 0.6)
    for (family, colour), value in zip(FAMILIES, values):
        if not value:
            continue
        # At least 1.5 px, so a single early cable is still seen (its tooltip has the count).
        height = max(value / panel.top_value * panel.height, 1.5)
        base -= height
        parts.append(f'<rect class="bar" data-period="{period}" data-family="{family}" data-cables="{value}" '
                     f'x="{x:.2f}" y="{base:.2f}" width="{width:.2f}" height="{height:.2f}" fill="{colour}">'
                     f'<title>{period} {family}: {value:,}</title></rect>')
    return parts


def x_labels(panel, centres, spacing, ticks=True):
    """Labels centred on their positions, kept inside the panel; a label
    closer than `spacing` to the one before is left out, never wrapped."""
    parts = []
    half = spacing / 2 - 4
    last = None
    for x, text in centres:
        x = min(max(x, panel.left + half), panel.left + panel.width - half)
        if last is not None and x - last < spacing:
            continue
        last = x
        if ticks:
            parts.append(f'<line x1="{x:.1f}" y1="{panel.base}" x2="{x:.1f}" y2="{panel.base + 5}" stroke="#555"/>')
        parts.append(f'<text class="x-label" x="{x:.1f}" y="{panel.base + 18}" '
                     f'text-anchor="middle">{escape(text)}</text>')
    return parts


def baseline(panel):
    return [f'<line class="baseline" x1="{panel.left}" y1="{panel.base}" x2="{panel.left + panel.width}" '
            f'y2="{panel.base}" stroke="#555"/>']


def legend():
    parts = []
    for index, (family, colour) in enumerate(FAMILIES):
        x = WIDTH - RIGHT - 4 * 112 + index * 112
        parts.append(f'<g class="legend-item"><rect x="{x}" y="8" width="12" height="12" fill="{colour}"/>'
                     f'<text x="{x + 17}" y="18">{family}</text></g>')
    return parts
