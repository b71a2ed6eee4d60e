"""The team's plain records: the municipality's identity on documents.

Frozen dataclasses with no SQLAlchemy and no Qt, so the documents (``views/documents``), the
command line and the tests take them without a database session; the feature's services make them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Identity:
    name: str = "Gemeente Wijdemeren"
    address: str = "Rading 1\n1231 KB Loosdrecht\nwww.wijdemeren.nl"
    colour: str = "#1f5fa8"
    sender_name: str = ""
    sender_role: str = ""
    confidentiality: str = "Vertrouwelijk"
    logo: bytes | None = None  # PNG or JPEG

    @property
    def address_lines(self) -> list[str]:
        return [line for line in self.address.splitlines() if line.strip()]
