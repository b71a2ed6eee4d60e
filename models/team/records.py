"""The team's plain records: the municipality's identity on documents.

Frozen dataclasses with no SQLAlchemy and no Qt, so the documents (``views/documents``), the
command line and the tests take them without a database session; the feature's services make them.
"""

from __future__ import annotations

from dataclasses import dataclass

# The letterhead of an installation whose administrator has not set the identity yet (printed
# as it is: documents are Dutch).
NOT_SET_NAME = "Gemeente (nog niet ingesteld)"
NOT_SET_ADDRESS = "Huisstijl nog niet ingesteld door de beheerder"


@dataclass(frozen=True, kw_only=True)
class Identity:
    name: str = NOT_SET_NAME
    address: str = NOT_SET_ADDRESS
    colour: str = "#1f5fa8"
    sender_name: str = ""
    sender_role: str = ""
    confidentiality: str = "Vertrouwelijk"
    logo: bytes | None = None  # PNG or JPEG
    # How citizens and entrepreneurs reach the municipality (the desk's handout, e-mail drafts).
    phone: str = ""
    website: str = ""
    email: str = ""

    @property
    def is_set(self) -> bool:
        """False for the neutral letterhead of a fresh installation."""
        return self.name != NOT_SET_NAME

    @property
    def contact_lines(self) -> list[str]:
        """Phone, website and e-mail, each with its Dutch label, as far as they are set."""
        return [
            f"{label} {value}"
            for label, value in (("Telefoon", self.phone), ("Website", self.website), ("E-mail", self.email))
            if value
        ]

    @property
    def address_lines(self) -> list[str]:
        return [line for line in self.address.splitlines() if line.strip()]
