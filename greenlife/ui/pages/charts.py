"""Charts: this week by day, members side by side, the last 12 weeks, a year by month.

matplotlib is imported the first time this page is shown.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.periods import week_start
from greenlife.ui import labels
from greenlife.ui.pages.base import Page
from greenlife.ui.state import AppState
from greenlife.ui.widgets.common import field_label, fill_members


class ChartsPage(Page):
    shows = frozenset({"ledger", "members", "goals", "settings"})

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        today = state.store.today()
        self.day = today
        self.charts: dict[str, object] = {}
        self.prev_button = QPushButton(self.tr("◀ Previous week"))
        self.this_button = QPushButton(self.tr("This week"))
        self.next_button = QPushButton(self.tr("Next week ▶"))
        self.week_label = QLabel()
        self.week_label.setObjectName("chartsWeek")
        self.year = QSpinBox()
        self.year.setRange(2000, today.year)
        self.year.setValue(today.year)
        self.year.setAccessibleName(self.tr("Year"))
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Household or member"))
        self.prev_button.clicked.connect(lambda: self.move_week(-1))
        self.next_button.clicked.connect(lambda: self.move_week(1))
        self.this_button.clicked.connect(self.this_week)
        self.year.valueChanged.connect(lambda _v: self.draw_year())
        self.who.currentIndexChanged.connect(lambda _i: self.draw_all())
        controls = QHBoxLayout()
        for w in (self.prev_button, self.this_button, self.next_button, self.week_label):
            controls.addWidget(w)
        controls.addStretch(1)
        controls.addWidget(field_label(self.tr("Year"), self.year))
        controls.addWidget(self.year)
        controls.addWidget(field_label(self.tr("Show"), self.who))
        controls.addWidget(self.who)
        self.grid = QGridLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(self.grid, 1)

    def title(self) -> str:
        return self.tr("Charts")

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_charts()
        super().showEvent(event)

    def ensure_charts(self) -> None:
        if self.charts:
            return
        from greenlife.ui.widgets.chart import ChartWidget  # imports matplotlib

        for n, name in enumerate(("week", "members", "weeks", "year")):
            chart = ChartWidget(f"chart_{name}")
            # two rows of charts in a 700 px window: the drawing gives way, not the labels
            chart.canvas.setMinimumHeight(150)
            self.charts[name] = chart
            self.grid.addWidget(chart, n // 2, n % 2)
        self._dirty = True

    # -- navigation ---------------------------------------------------------
    def move_week(self, step: int) -> None:
        new = self.day + dt.timedelta(weeks=step)
        today = self.state.store.today()
        self.day = min(new, today)
        self.draw_weeks()

    def this_week(self) -> None:
        self.day = self.state.store.today()
        self.draw_weeks()

    # -- drawing ------------------------------------------------------------
    def refresh(self) -> None:
        fill_members(self.who, self.state.store.members(include_archived=True),
                     household=self.tr("Household"))
        self.draw_all()

    def draw_all(self) -> None:
        if not self.charts:
            return
        self.draw_weeks()
        self.draw_year()

    def _cat_names(self) -> dict[str, str]:
        from greenlife.reports.style import CATEGORY_ORDER

        return {c: labels.category(c) for c in CATEGORY_ORDER}

    def _ylabel(self) -> str:
        return self.tr("points (1 point = 1 g CO2)")

    def draw_weeks(self) -> None:
        if not self.charts:
            return
        from greenlife.reports import charts, series

        store = self.state.store
        member = self.who.currentData()
        start = week_start(self.day)
        self.week_label.setText(self.tr("Week of {date}").format(date=labels.date(start)))
        self.next_button.setEnabled(start < week_start(store.today()))
        week = series.week_by_day(store, self.day, member)
        days = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                self.tr("Sat"), self.tr("Sun")]
        text = charts.ChartText(self.tr("This week by day"), self._ylabel(), self._cat_names(),
                                emitted=self.tr("{category} (emitted)"), slot_labels=
                                [f"{d}\n{s.day}" for d, s in zip(days, week.slots, strict=True)])
        totals = week.totals()
        week_points = store.balance(member, start, start + dt.timedelta(days=6)).credit_points
        self.charts["week"].show_chart(  # type: ignore[attr-defined]
            lambda fig, theme: charts.draw_stacked(fig, week, text, theme, legend=False),
            self.tr("Points per day, Monday to Sunday: {values}. Week total {total}.").format(
                values=self.tr(", ").join(labels.points(v) for v in totals), total=labels.points(week_points)),
            text.title, text.ylabel)
        bars = series.members_week(store, self.day)
        mtext = charts.ChartText(self.tr("Members this week"), self._ylabel())
        self.charts["members"].show_chart(  # type: ignore[attr-defined]
            lambda fig, theme: charts.draw_members(fig, bars, mtext, theme, legend=False),
            self.tr("; ").join(self.tr("{name}: {points}").format(name=b.name, points=labels.points(b.points))
                               for b in bars), mtext.title, mtext.ylabel)
        weeks = series.last_weeks(store, self.day, member, 12)
        goal = weeks[-1].goal
        wtext = charts.ChartText(self.tr("Last 12 weeks"), self._ylabel(), goal=self.tr("weekly goal"),
                                 slot_labels=[f"{w.start.month}/{w.start.day}" for w in weeks])
        met = sum(1 for w in weeks if w.goal and w.points >= w.goal)
        self.charts["weeks"].show_chart(  # type: ignore[attr-defined]
            lambda fig, theme: charts.draw_weeks(fig, weeks, wtext, theme, legend=False),
            self.tr("Goal met in {met} of the last 12 weeks.").format(met=met) if goal else
            self.tr("Last 12 weeks: {values}").format(values=self.tr(", ").join(labels.points(w.points)
                                                                                for w in weeks)),
            wtext.title, wtext.ylabel)

    def draw_year(self) -> None:
        if not self.charts:
            return
        from greenlife.reports import charts, series

        year = series.year_by_month(self.state.store, self.year.value(), self.who.currentData())
        months = [self.tr("Jan"), self.tr("Feb"), self.tr("Mar"), self.tr("Apr"), self.tr("May"),
                  self.tr("Jun"), self.tr("Jul"), self.tr("Aug"), self.tr("Sep"), self.tr("Oct"),
                  self.tr("Nov"), self.tr("Dec")]
        text = charts.ChartText(self.tr("{year} by month").format(year=self.year.value()), self._ylabel(),
                                self._cat_names(), months, emitted=self.tr("{category} (emitted)"))
        totals = year.totals()
        self.charts["year"].show_chart(  # type: ignore[attr-defined]
            lambda fig, theme: charts.draw_stacked(fig, year, text, theme, legend=False),
            self.tr("Year total {total}; best month {month}.").format(
                total=labels.points(sum(totals)), month=months[totals.index(max(totals))]),
            text.title, text.ylabel)
