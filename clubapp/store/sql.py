"""SQL helpers that read the same on SQLite and PostgreSQL, so figures are computed in the database on both."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class days_between(FunctionElement[int]):  # noqa: N801 - reads like the SQL function it stands for
    """Whole days from the first date to the second (NULL when either is NULL)."""

    type = Integer()
    inherit_cache = True
    name = "days_between"


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: days_between, compiler: Any, **kw: Any) -> str:
    first, second = list(element.clauses)
    return (f"CAST(julianday({compiler.process(second, **kw)}) - julianday({compiler.process(first, **kw)})"
            " AS INTEGER)")


@compiles(days_between, "postgresql")
def _days_between_postgresql(element: days_between, compiler: Any, **kw: Any) -> str:
    first, second = list(element.clauses)
    return f"({compiler.process(second, **kw)} - {compiler.process(first, **kw)})"


class year_of(FunctionElement[int]):  # noqa: N801
    """The year of a date, as an integer."""

    type = Integer()
    inherit_cache = True
    name = "year_of"


@compiles(year_of, "sqlite")
def _year_of_sqlite(element: year_of, compiler: Any, **kw: Any) -> str:
    (value,) = list(element.clauses)
    return f"CAST(strftime('%Y', {compiler.process(value, **kw)}) AS INTEGER)"


@compiles(year_of, "postgresql")
def _year_of_postgresql(element: year_of, compiler: Any, **kw: Any) -> str:
    (value,) = list(element.clauses)
    return f"CAST(EXTRACT(YEAR FROM {compiler.process(value, **kw)}) AS INTEGER)"


class month_of(FunctionElement[str]):  # noqa: N801
    """'YYYY-MM' of a date."""

    inherit_cache = True
    name = "month_of"


@compiles(month_of, "sqlite")
def _month_of_sqlite(element: month_of, compiler: Any, **kw: Any) -> str:
    (value,) = list(element.clauses)
    return f"strftime('%Y-%m', {compiler.process(value, **kw)})"


@compiles(month_of, "postgresql")
def _month_of_postgresql(element: month_of, compiler: Any, **kw: Any) -> str:
    (value,) = list(element.clauses)
    return f"to_char({compiler.process(value, **kw)}, 'YYYY-MM')"
