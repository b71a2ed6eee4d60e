"""Overzicht: the dashboard of the whole plan, its ambitions by theme with progress, lights and support."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QLabel, QTreeWidgetItem, QVBoxLayout, QWidget

from models.ambitions.entities import (
    COMPANY_SIZE_LABELS,
    RESPONDENT_SECTOR_LABELS,
    RespondentSector,
)
from models.ambitions.monitoring import LIGHT_COLOURS, LIGHT_LABELS, Light
from models.ambitions.services import AmbitionRecord, PlanOverview
from models.ambitions.summary import plan_summary
from views.ambitions.ambition_dialogs import leads_text
from views.ambitions.plan_trees import LATE, RECORD_ROLE, PlanTexts, bold, light_icon, make_tree
from views.common.text import label


class OverviewTab(QWidget):
    """Signals:
    ambition_activated(object): show this ambition (an ``AmbitionRecord``) with its actions.
    """

    ambition_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = PlanTexts(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.dashboard = make_tree(
            [
                self.tr("Ambition"),
                self.tr("Lead"),
                self.tr("Actions"),
                self.tr("Indicators"),
                self.tr("Support"),
            ],
            (130, 235, 150, 240),  # what is left goes to the ambitions' names (in full in the tooltip)
            name=self.tr("Ambitions"),
        )
        self.dashboard.itemActivated.connect(self._dashboard_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.dashboard, 1)

    def show_overview(self, overview: PlanOverview | None, *, today: date | None = None) -> None:
        self.dashboard.clear()
        if overview is None:
            self.summary.setText("")
            return
        # The same count as the monitoring report's summary (models.ambitions.summary).
        summary = plan_summary(overview, as_of_day=today or date.today())
        parts = [
            self.tr("%Ln ambition(s)", "", summary.ambitions),
            self.tr("%Ln action(s)", "", summary.actions)
            + (
                " · " + self.tr("%1% done").replace("%1", str(summary.percent_done))
                if summary.percent_done is not None
                else ""
            ),
        ]
        if summary.late:
            late_text = self.tr("%Ln late", "", summary.late)
            parts.append(f"<span style='color:{LATE.name()}'><b>{late_text}</b></span>")
        for light in (Light.ON_TRACK, Light.AT_RISK, Light.OFF_TRACK):
            if summary.lights.get(light):
                parts.append(
                    f"<span style='color:{LIGHT_COLOURS[light]}'>●</span> {summary.lights[light]} "
                    f"{label(LIGHT_LABELS[light])}"
                )
        parts.append(self.tr("%Ln respondent(s)", "", summary.respondents))
        unlinked = summary.unlinked_ideas
        if unlinked:
            parts.append(self.tr("%Ln idea(s) not linked", "", unlinked))
        self.summary.setText(" &nbsp;·&nbsp; ".join(parts))
        themes: dict[str, QTreeWidgetItem] = {}
        for ambition in overview.ambitions:
            parent = themes.get(ambition.theme)
            if parent is None:
                parent = QTreeWidgetItem([ambition.theme.capitalize()])
                bold(parent, 1)
                parent.setFirstColumnSpanned(True)
                self.dashboard.addTopLevelItem(parent)
                themes[ambition.theme] = parent
            item = QTreeWidgetItem(
                [
                    ambition.title,
                    " · ".join(p for p in (ambition.lead, ambition.portfolio_holder) if p) or "—",
                    self.texts.progress(ambition),
                    self._lights_text(ambition),
                    self._support_text(ambition),
                ]
            )
            item.setData(0, RECORD_ROLE, ambition)
            item.setToolTip(0, ambition.description or ambition.title)
            item.setToolTip(4, self._support_detail(ambition))
            item.setToolTip(1, leads_text(ambition))
            if ambition.progress.late:
                item.setForeground(2, QBrush(LATE))
            worst = self._worst(ambition)
            if worst is not None:
                item.setIcon(3, light_icon(worst))
            parent.addChild(item)
        self.dashboard.expandAll()

    def _lights_text(self, ambition: AmbitionRecord) -> str:
        if not ambition.indicators:
            return self.tr("no indicators")
        counts = Counter(i.assessment.light for i in ambition.indicators)
        return ", ".join(f"{counts[light]} {label(LIGHT_LABELS[light])}" for light in Light if counts[light])

    @staticmethod
    def _worst(ambition: AmbitionRecord) -> Light | None:
        lights = {i.assessment.light for i in ambition.indicators}
        return next(
            (
                light
                for light in (Light.OFF_TRACK, Light.AT_RISK, Light.ON_TRACK, Light.NO_DATA)
                if light in lights
            ),
            None,
        )

    def _support_text(self, ambition: AmbitionRecord) -> str:
        s = ambition.support
        if not s.respondents:
            return self.tr("no input linked")
        text = self.tr("%Ln respondent(s)", "", s.respondents)
        public = s.sectors.get(RespondentSector.PUBLIC, 0)
        if public:
            text += ", " + self.tr("%1 of them public").replace("%1", str(public))
        return text

    def _support_detail(self, ambition: AmbitionRecord) -> str:
        """Who supports it, by sector and by size: the tooltip of the support column."""
        s = ambition.support
        if not s.respondents:
            return self.tr("No idea of a respondent is linked to this ambition yet.")
        parts = [f"{n} {label(RESPONDENT_SECTOR_LABELS[k])}" for k, n in sorted(s.sectors.items())]
        parts += [f"{n} {label(COMPANY_SIZE_LABELS[k])}" for k, n in sorted(s.sizes.items())]
        return self.tr("%Ln idea(s)", "", s.ideas) + ": " + ", ".join(parts)

    def _dashboard_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        record = item.data(0, RECORD_ROLE)
        if isinstance(record, AmbitionRecord):
            self.ambition_activated.emit(record)
