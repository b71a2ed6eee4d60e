"""Dialogs to create and edit companies, establishments and contact persons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget
from sqlalchemy.orm import Session

from models import lookups
from models.companies import services as svc
from models.companies.entities import (
    CONTACT_ROLES,
    ESTABLISHMENT_STATUS_LABELS,
    LEGAL_FORMS,
    EstablishmentStatus,
)
from models.companies.services import CompanyFile, ContactRecord, EstablishmentRecord
from models.errors import DomainError, DuplicateCompanyError
from models.lookups import Choice
from models.validation import format_phone
from views.common.forms import FormDialog, spin_value
from views.common.text import label, message
from views.common.worker import DatabaseWorker


@dataclass
class Lookups:
    """The short lists the forms and filters offer, loaded once per window."""

    areas: list[Choice] = field(default_factory=list)
    sectors: list[Choice] = field(default_factory=list)
    officials: list[Choice] = field(default_factory=list)

    @staticmethod
    def load(session: Session) -> Lookups:
        return Lookups(lookups.areas(session), lookups.sectors(session), lookups.officials(session))


def status_choices() -> list[Choice]:
    return [Choice(value=s.value, label=label(ESTABLISHMENT_STATUS_LABELS[s])) for s in EstablishmentStatus]


class _EstablishmentFields:
    """The address and profile fields of an establishment, shared by the company-creation
    dialog (its main establishment) and the establishment dialog."""

    def __init__(
        self, dialog: FormDialog, lookups: Lookups, record: EstablishmentRecord | None, prefix: str
    ) -> None:
        p = prefix
        self.trade_name = dialog.line(
            p + "trade_name",
            self.tr("Trade name"),
            record.trade_name if record else None,
            hint=self.tr("Empty: the company's name."),
        )
        self.number = dialog.line(
            p + "establishment_number",
            self.tr("Vestigingsnummer"),
            record.establishment_number if record else None,
            max_length=20,
        )
        self.street = dialog.line(p + "street", self.tr("Street"), record.street if record else None)
        self.house_number = dialog.line(
            p + "house_number",
            self.tr("House number"),
            record.house_number if record else None,
            max_length=20,
        )
        self.postcode = dialog.line(
            p + "postcode", self.tr("Postcode"), record.postcode if record else None, max_length=10
        )
        self.postcode.setPlaceholderText("1234 AB")
        self.city = dialog.line(p + "city", self.tr("Place"), record.city if record else None)
        self.area = dialog.combo(
            p + "area_id", self.tr("Area"), lookups.areas, record.area_id if record else None
        )
        self.sector = dialog.combo(
            p + "sbi_code", self.tr("Sector (SBI)"), lookups.sectors, record.sbi_code if record else None
        )
        self.employees = dialog.spin(
            p + "employees", self.tr("Employees"), record.employees if record else None
        )
        self.status = dialog.combo(
            p + "status",
            self.tr("Status"),
            status_choices(),
            (record.status.value if record else EstablishmentStatus.ACTIVE.value),
            empty=None,
        )
        self.phone = dialog.line(
            p + "phone", self.tr("Phone"), format_phone(record.phone) if record else "", max_length=30
        )
        self.email = dialog.line(
            p + "email", self.tr("E-mail"), record.email if record else None, max_length=254
        )

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("_EstablishmentFields", text)

    def value(self) -> svc.EstablishmentInput:
        return svc.EstablishmentInput(
            trade_name=self.trade_name.text(),
            establishment_number=self.number.text(),
            street=self.street.text(),
            house_number=self.house_number.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            area_id=self.area.currentData(),
            sbi_code=self.sector.currentData(),
            employees=spin_value(self.employees),
            status=EstablishmentStatus(self.status.currentData()),
            phone=self.phone.text(),
            email=self.email.text(),
        )


class CompanyDialog(FormDialog):
    """Create a company with its main establishment, or edit a company's own fields.

    Signals:
        open_existing(int): the user chose to open a probable duplicate instead.
    """

    open_existing = Signal(int)

    def __init__(
        self,
        worker: DatabaseWorker,
        lookups: Lookups,
        record: CompanyFile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            worker, self.tr("New company") if record is None else self.tr("Edit company"), parent
        )
        self.record, self.lookups = record, lookups
        self.allow_duplicate = False
        self.add_section(self.tr("Company"))
        self.name = self.line("name", self.tr("Name"), record.name if record else None)
        self.kvk = self.line(
            "kvk_number",
            self.tr("KvK number"),
            record.kvk_number if record else None,
            max_length=12,
            hint=self.tr("8 digits; empty when not registered."),
        )
        self.legal_name = self.line(
            "legal_name", self.tr("Legal name"), record.legal_name if record else None
        )
        self.legal_form = QComboBox()
        self.legal_form.setEditable(True)
        self.legal_form.addItems(["", *LEGAL_FORMS])
        self.legal_form.setCurrentText((record and record.legal_form) or "")
        self.add_field("legal_form", self.tr("Legal form"), self.legal_form)
        self.manager = self.combo(
            "account_manager_id",
            self.tr("Account manager"),
            lookups.officials,
            record.account_manager_id if record else None,
            empty=self.tr("(none)"),
        )
        self.email = self.line("email", self.tr("E-mail"), record.email if record else None, max_length=254)
        self.phone = self.line(
            "phone", self.tr("Phone"), format_phone(record.phone) if record else "", max_length=30
        )
        self.website = self.line(
            "website", self.tr("Website"), record.website if record else None, max_length=300
        )
        self.notes = self.text("notes", self.tr("Notes"), record.notes if record else None)
        self.main: _EstablishmentFields | None = None
        if record is None:
            self.new_column()
            self.add_section(self.tr("Main establishment"))
            self.main = _EstablishmentFields(self, lookups, None, "main.")
        self.name.setFocus()

    def company_input(self) -> svc.CompanyInput:
        return svc.CompanyInput(
            name=self.name.text(),
            kvk_number=self.kvk.text(),
            legal_name=self.legal_name.text(),
            legal_form=self.legal_form.currentText(),
            account_manager_id=self.manager.currentData(),
            email=self.email.text(),
            phone=self.phone.text(),
            website=self.website.text(),
            notes=self.notes.toPlainText(),
        )

    def task(self) -> Callable[[Session], Any]:
        data = self.company_input()
        if self.record is None:
            assert self.main is not None
            main, allow, token = self.main.value(), self.allow_duplicate, self.client_token
            return lambda s: svc.create_company(s, data, main, allow_duplicate=allow, client_token=token)
        record = self.record

        def update(s: Session) -> int:
            svc.update_company(s, record.id, record.version, data)
            return record.id

        return update

    def handle_error(self, error: DomainError) -> None:
        if not isinstance(error, DuplicateCompanyError):
            super().handle_error(error)
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Company may already exist"))
        lines = "".join(
            f"<li><b>{c.name}</b> — {c.kvk_number or '-'}, {c.address} <i>({message(c.reason)})</i></li>"
            for c in error.candidates
        )
        box.setText(self.tr("A company like this is already on file:") + f"<ul>{lines}</ul>")
        open_button = box.addButton(self.tr("Open existing file"), QMessageBox.ButtonRole.AcceptRole)
        create_button = None
        if not any(
            c.kvk_number and c.kvk_number == self.kvk.text().replace(" ", "") for c in error.candidates
        ):
            create_button = box.addButton(self.tr("Create anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Back to the form"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            self.open_existing.emit(error.candidates[0].company_id)
            self.reject()
        elif create_button is not None and box.clickedButton() is create_button:
            self.allow_duplicate = True
            self.save()

    draft_kind = "company"

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None
        company_id = self.record.id
        return lambda s: svc.company_file(s, company_id)

    def sibling(self, record: CompanyFile) -> CompanyDialog:
        return CompanyDialog(self.worker, self.lookups, record)


class EstablishmentDialog(FormDialog):
    def __init__(
        self,
        worker: DatabaseWorker,
        lookups: Lookups,
        company_id: int,
        record: EstablishmentRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            worker, self.tr("New establishment") if record is None else self.tr("Edit establishment"), parent
        )
        self.company_id, self.record, self.lookups = company_id, record, lookups
        self.fields = _EstablishmentFields(self, lookups, record, "")
        self.fields.trade_name.setFocus()

    def task(self) -> Callable[[Session], Any]:
        data, record, company_id = self.fields.value(), self.record, self.company_id
        if record is None:
            return lambda s: svc.add_establishment(s, company_id, data)
        return lambda s: svc.update_establishment(s, record.id, record.version, data)

    draft_kind = "establishment"

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None
        record_id, company_id = self.record.id, self.company_id

        def fetch(s: Session) -> EstablishmentRecord | None:
            establishments = svc.company_file(s, company_id).establishments
            return next((e for e in establishments if e.id == record_id), None)

        return fetch

    def sibling(self, record: EstablishmentRecord) -> EstablishmentDialog:
        return EstablishmentDialog(self.worker, self.lookups, self.company_id, record)


class ContactDialog(FormDialog):
    def __init__(
        self,
        worker: DatabaseWorker,
        company_id: int,
        record: ContactRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            worker,
            self.tr("New contact person") if record is None else self.tr("Edit contact person"),
            parent,
        )
        self.company_id, self.record = company_id, record
        self.first_name = self.line(
            "first_name", self.tr("First name"), record.first_name if record else None, max_length=80
        )
        self.name_prefix = self.line(
            "name_prefix",
            self.tr("Prefix"),
            record.name_prefix if record else None,
            max_length=20,
            hint=self.tr("For example: van, de, van der."),
        )
        self.last_name = self.line(
            "last_name", self.tr("Last name"), record.last_name if record else None, max_length=120
        )
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(["", *(label(r) for r in CONTACT_ROLES)])
        self.role.setCurrentText(label(record.role) if record and record.role else "")
        self.add_field("role", self.tr("Role at this company"), self.role)
        self.email = self.line("email", self.tr("E-mail"), record.email if record else None, max_length=254)
        self.phone = self.line(
            "phone", self.tr("Phone"), format_phone(record.phone) if record else "", max_length=30
        )
        self.notes = self.text("notes", self.tr("Notes"), record.notes if record else None)
        if record is not None and record.other_companies:
            self.show_banner(
                self.tr(
                    "This person is also a contact of %Ln other company(ies); changes show there too.",
                    "",
                    record.other_companies,
                )
            )
            self.banner.setStyleSheet(
                "background: #e8f0fe; color: #174ea6; padding: 8px; border-radius: 4px;"
            )
        self.first_name.setFocus()

    def contact_input(self) -> svc.ContactInput:
        role = self.role.currentText().strip()
        # Store the source text of a standard role, so it shows in every language.
        role = next((r for r in CONTACT_ROLES if label(r) == role), role)
        return svc.ContactInput(
            first_name=self.first_name.text(),
            name_prefix=self.name_prefix.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            role=role,
            notes=self.notes.toPlainText(),
        )

    def task(self) -> Callable[[Session], Any]:
        data, record, company_id = self.contact_input(), self.record, self.company_id
        if record is None:
            return lambda s: svc.add_contact(s, company_id, data)
        return lambda s: svc.update_contact(
            s, record.id, record.version, record.link_id, record.link_version, data
        )

    draft_kind = "contact"

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None
        record_id, company_id = self.record.id, self.company_id

        def fetch(s: Session) -> ContactRecord | None:
            return next((c for c in svc.company_file(s, company_id).contacts if c.id == record_id), None)

        return fetch

    def sibling(self, record: ContactRecord) -> ContactDialog:
        return ContactDialog(self.worker, self.company_id, record)
