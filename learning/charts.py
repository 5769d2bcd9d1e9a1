"""Geometry for the server-rendered SVG charts of a round report (no JavaScript needed).

Positions are computed here and drawn by ``learning/includes/chart.html``; the same numbers are
always in the accessible table next to the chart.
"""

from dataclasses import dataclass

LABEL_WIDTH = 290
PLOT_WIDTH = 400
ROW_HEIGHT = 34
BAR_HEIGHT = 12
TOP = 28


@dataclass
class Bar:
    label: str
    series: str  # "current" or "baseline"
    y: float
    width: float
    mean: float
    ci_low_x: float
    ci_high_x: float

    @property
    def y_mid(self):
        return self.y + BAR_HEIGHT / 2

    @property
    def y_end(self):
        return self.y + BAR_HEIGHT

    @property
    def value_x(self):
        return self.ci_high_x + 6

    @property
    def text_y(self):
        return self.y + BAR_HEIGHT - 2


@dataclass
class Chart:
    title: str
    description: str
    width: int
    height: int
    label_width: int
    plot_width: int
    ticks: list
    rows: list  # (label, label_y, bars, suppressed)
    has_baseline: bool


def x_of(value, low, high):
    value = min(max(value, low), high)
    return LABEL_WIDTH + (value - low) / (high - low) * PLOT_WIDTH


def means_chart(measures, title, description, low, high, with_baseline=False):
    """Horizontal bars of the means with 95% CI whiskers; optionally baseline bars beside them."""
    rows = []
    per_row = 2 if with_baseline else 1
    row_height = ROW_HEIGHT + (BAR_HEIGHT + 4) * (per_row - 1)
    for index, measure in enumerate(measures):
        top = TOP + index * row_height
        bars = []
        series = [("current", measure.overall)]
        if with_baseline:
            series.insert(0, ("baseline", measure.baseline or {"suppressed": True}))
        for position, (name, cell) in enumerate(series):
            if cell.get("suppressed"):
                continue
            y = top + 4 + position * (BAR_HEIGHT + 4)
            bars.append(
                Bar(
                    label=measure.name,
                    series=name,
                    y=y,
                    width=x_of(cell["mean"], low, high) - LABEL_WIDTH,
                    mean=cell["mean"],
                    ci_low_x=x_of(cell["ci_low"], low, high),
                    ci_high_x=x_of(cell["ci_high"], low, high),
                )
            )
        rows.append((measure.name, top + row_height / 2 + 4, bars, not bars))
    height = TOP + len(measures) * row_height + 10
    ticks = [(value, x_of(value, low, high)) for value in range(low, high + 1)]
    return Chart(
        title=title,
        description=description,
        width=LABEL_WIDTH + PLOT_WIDTH + 20,
        height=int(height),
        label_width=LABEL_WIDTH,
        plot_width=PLOT_WIDTH,
        ticks=ticks,
        rows=rows,
        has_baseline=with_baseline,
    )
