"""Where the report's time axis starts, and its ticks.

Cables are far from even in time: on the whole archive 98 % were created in
2003-2010 (by the months of ../shared/data/cablegate-ids.csv), and a few go
back to 1966. A monthly axis over 1966-2010 would squeeze the bulk into its
last fifth, so the monthly axis starts after the sparse early years, and
those get a compact per-year panel of their own.
"""

# The leading years that together hold at most this share of the cables go
# to the early panel (on the whole archive: 1966-2002, 2 % of the cables).
EARLY_SHARE = 0.05
# So do leading years cut off from the rest by this many years without a
# cable, as long as they hold at most GAP_SHARE of them: in a small
# catalogue one cable from 1970 beside five from 2008 is 17 %, yet it would
# stretch the axis over 38 years.
LONG_GAP = 5
GAP_SHARE = 0.25
# Early years this close to the monthly axis stretch nothing: keep them on it.
SHORTEST_EARLY_SPAN = 3


def first_main_year(year_counts):
    """The first year of the monthly axis, from [(year, cables)] in year order."""
    total = sum(count for _, count in year_counts)
    first_year = year_counts[0][0]
    by_share, after_gap = None, first_year
    before = 0  # cables in the years before `year`
    for index, (year, count) in enumerate(year_counts):
        if by_share is None and before + count > EARLY_SHARE * total:
            by_share = year
        if index > 0 and year - year_counts[index - 1][0] > LONG_GAP and before <= GAP_SHARE * total:
            after_gap = year
        before += count
    start = max(by_share, after_gap)
    return start if start - first_year >= SHORTEST_EARLY_SPAN else first_year


def months_between(first, last):
    """Every YYYY-MM from first to last, so months without cables show as gaps."""
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    months = []
    while (year, month) <= end:
        months.append(f"{year:04d}-{month:02d}")
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return months


def nice_step(maximum, ticks=5):
    """A round tick step (1, 2 or 5 times a power of ten) for about `ticks` ticks."""
    raw = max(maximum / ticks, 1)
    power = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


def axis_top(maximum):
    """The top of a y axis: `maximum` rounded up to a whole tick step."""
    step = nice_step(maximum)
    return step, max(step, step * -(-maximum // step))


class TimeAxis:
    """The years of a report, from the rows of cables-per-year.sql: the early
    ones (one period, "early") and the ones of the monthly axis (a period each)."""

    def __init__(self, year_rows):
        counts = [(int(row["year"]), row["cables"]) for row in year_rows]
        self.first_year, self.last_year = counts[0][0], counts[-1][0]
        self.main_year = first_main_year(counts)
        self.early_cables = sum(count for year, count in counts if year < self.main_year)
        self.totals = dict(counts)

    def has_early(self):
        return self.main_year > self.first_year

    def period(self, year):
        return "early" if int(year) < self.main_year else int(year)

    def periods(self):
        """[(key, header)]: the early years as one column, then every main year."""
        early = [("early", f"{self.first_year}\u2013{self.main_year - 1}")] if self.has_early() else []
        return early + [(year, str(year)) for year in range(self.main_year, self.last_year + 1)]

    def period_total(self, key):
        if key == "early":
            return self.early_cables
        return self.totals.get(key, 0)
