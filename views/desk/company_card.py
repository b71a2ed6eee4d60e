"""The desk's company card: who is at the desk, their account manager, what is open, recent contact."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from models.consultations.entities import CHANNEL_LABELS
from models.desk.services import DeskSummary
from models.signals.entities import SIGNAL_STATUS_LABELS
from models.signals.services import is_overdue as is_signal_overdue
from models.validation import format_phone
from views.common import icons
from views.common.text import format_short_date, label
from views.consultations.agreements import due_text, urgency_colour, urgency_text

INVALID_COLOUR = "#b3261e"


class CompanyCard(QFrame):
    """Signals:
    open_company(int): show this company's file (the "Open file" button).
    """

    open_company = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskCard")
        self.summary: DeskSummary | None = None
        self.card = QLabel()
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setWordWrap(True)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(icons.icon("mdi6.folder-open-outline"), self.tr("Open file"))
        self.open_button.clicked.connect(self._open_file)
        layout = QVBoxLayout(self)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_summary(self, summary: DeskSummary | None) -> None:
        self.summary = summary
        self.open_button.setEnabled(summary is not None)
        if summary is None:
            self.card.setText(
                "<p style='font-size:13pt; font-weight:600'>"
                + escape(self.tr("No company chosen"))
                + "</p><p>"
                + escape(
                    self.tr(
                        "Find the company above (Ctrl+L), or help a visitor without a company: "
                        "a starter or a citizen. Their question is logged at the desk, "
                        "without a contact moment in a company file."
                    )
                )
                + "</p>"
            )
        else:
            self.card.setText(self._card_html(summary))

    def _card_html(self, s: DeskSummary) -> str:
        today = date.today()
        archived, manager_title = self.tr("archived"), self.tr("Account manager")
        inactive_text, no_manager = (
            self.tr("no longer active"),
            self.tr("None: a handover goes to a colleague you choose."),
        )
        open_title, none_text = self.tr("Open agreements"), self.tr("None.")
        recent_title, no_contact = self.tr("Recent contact"), self.tr("No contact logged yet.")
        muted = "<span style='color:#5f6673'>%s</span>"
        parts = [f"<p style='margin:0'><span style='font-size:13pt; font-weight:600'>{escape(s.name)}</span>"]
        if s.archived:
            parts.append(f" <span style='color:{INVALID_COLOUR}'>({escape(archived)})</span>")
        detail = "  ·  ".join(
            escape(p) for p in (f"KvK {s.kvk_number}" if s.kvk_number else "", s.address) if p
        )
        parts.append(f"<br>{muted % detail}</p>")
        parts.append(f"<p style='margin-top:10px'><b>{escape(manager_title)}</b><br>")
        if s.manager:
            phone = format_phone(s.manager_phone) if s.manager_phone else ""
            reach = " · ".join(escape(p) for p in (phone, s.manager_email or "") if p)
            inactive = (
                ""
                if s.manager_active
                else f" <span style='color:{INVALID_COLOUR}'>({escape(inactive_text)})</span>"
            )
            parts.append(f"{escape(s.manager)}{inactive}<br>{muted % reach}</p>")
        else:
            parts.append(muted % escape(no_manager) + "</p>")
        parts.append(f"<p style='margin-top:10px'><b>{escape(open_title)} ({s.open_count})</b><br>")
        if not s.open_agreements:
            parts.append(muted % escape(none_text))
        for a in s.open_agreements:
            colour = urgency_colour(a, today)
            style = f" style='color:{colour.name()}'" if colour else ""
            urgency = urgency_text(a, today)
            parts.append(
                f"<span{style}>{escape(due_text(a))}{' (' + escape(urgency) + ')' if urgency else ''}</span>"
                f" – {escape(a.description)} " + muted % f"({escape(a.assignee or '—')})" + "<br>"
            )
        if s.open_count > len(s.open_agreements):
            more = self.tr("… and %1 more in the file.").replace(
                "%1", str(s.open_count - len(s.open_agreements))
            )
            parts.append(muted % escape(more))
        parts.append("</p>")
        if s.open_signal_count:
            signals_title = self.tr("Open signals")
            parts.append(
                f"<p style='margin-top:10px'><b>{escape(signals_title)} ({s.open_signal_count})</b><br>"
            )
            for signal in s.open_signals:
                late = is_signal_overdue(signal.status, signal.due_date, today)
                style = f" style='color:{INVALID_COLOUR}'" if late else ""
                parts.append(
                    f"<span{style}>{escape(signal.number)}</span> · "
                    f"{escape(format_short_date(signal.reported_at.astimezone().date()))} · "
                    f"{escape(signal.category)} – {escape(label(SIGNAL_STATUS_LABELS[signal.status]))}<br>"
                )
            parts.append("</p>")
        parts.append(f"<p style='margin-top:10px'><b>{escape(recent_title)} ({s.moment_count})</b><br>")
        if not s.recent:
            parts.append(muted % escape(no_contact))
        for m in s.recent:
            parts.append(
                f"{escape(format_short_date(m.occurred_at.astimezone().date()))} · "
                f"{escape(label(CHANNEL_LABELS[m.channel]))} – {escape(m.subject)}<br>"
            )
        parts.append("</p>")
        return "".join(parts)

    def _open_file(self) -> None:
        if self.summary is not None:
            self.open_company.emit(self.summary.company_id)
