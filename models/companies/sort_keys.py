"""Sort keys of the company list that are expressions, shared by the list's query
(models.companies.listing) and the indexes that read it in order (models.companies.entities):
an index on an expression is only used for a query whose expression is the same."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class LeadingNumber(FunctionElement):
    """The number a house number starts with ("12" of "12-A"), so that 9 sorts before 10."""

    type = Integer()
    inherit_cache = True
    name = "leading_number"


@compiles(LeadingNumber)
def _leading_number(element: LeadingNumber, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS INTEGER)"  # SQLite reads the leading digits


@compiles(LeadingNumber, "postgresql")
def _leading_number_pg(element: LeadingNumber, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(substring({compiler.process(element.clauses, **kw)} from '^[0-9]+') AS INTEGER)"
