"""Numbers, dates and periods written out for one language (Django's l10n), so every renderer
shows the same text: 10.375 in Dutch, 10,375 in English; "mei 2017" / "May 2017"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.utils import formats, translation
from django.utils.dates import MONTHS
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from intl_office.core.choices import DatePrecision
from intl_office.indicators.choices import Qualifier, Unit


def number(value: Decimal | int | float, language: str) -> str:
    """A number with the language's separators; whole numbers without decimals."""
    whole = (isinstance(value, Decimal) and value == value.to_integral_value()) or (
        isinstance(value, float) and value.is_integer()
    )
    if whole:
        value = int(value)
    with translation.override(language):
        return formats.number_format(value, use_l10n=True, force_grouping=True)


def money(value: Decimal, language: str) -> str:
    return f"€ {number(value.quantize(Decimal(1)), language)}"


def quantity(value: Decimal, unit: str, qualifier: str, language: str) -> str:
    """``meer dan 100``, ``95%``, ``2e plaats`` / ``more than 100``, ``95%``, ``rank 2``."""
    with translation.override(language):
        text = number(value, language)
        if unit == Unit.PERCENT:
            text = f"{text}%"
        elif unit == Unit.RANK:
            text = _("rank %(rank)s") % {"rank": text}
        elif unit == Unit.EURO:
            text = f"€ {text}"
        if qualifier and qualifier != Qualifier.EXACT:
            text = f"{Qualifier(qualifier).label} {text}"
        return text


SEASONS = {
    DatePrecision.SPRING: lambda: pgettext("season", "spring"),
    DatePrecision.SUMMER: lambda: pgettext("season", "summer"),
    DatePrecision.AUTUMN: lambda: pgettext("season", "autumn"),
    DatePrecision.WINTER: lambda: pgettext("season", "winter"),
}


def fuzzy_date(day: date, precision: str, language: str) -> str:
    """A date as precise as it is known: ``3 mei 2017``, ``mei 2017``, ``voorjaar 2018``,
    ``2019``."""
    with translation.override(language):
        if precision == DatePrecision.YEAR:
            return str(day.year)
        if precision in SEASONS:
            return f"{SEASONS[DatePrecision(precision)]()} {day.year}"
        month = str(MONTHS[day.month])
        if language == "nl":
            month = month.lower()
        if precision == DatePrecision.MONTH:
            return f"{month} {day.year}"
        return f"{day.day} {month} {day.year}"


def period_text(start: date, end: date, language: str) -> str:
    """A period of whole years as ``2017-2020``, else from and until dates."""
    whole_years = (start.month, start.day) == (1, 1) and (end.month, end.day) == (12, 31)
    if whole_years:
        return str(start.year) if start.year == end.year else f"{start.year}-{end.year}"
    first = fuzzy_date(start, DatePrecision.DAY, language)
    last = fuzzy_date(end, DatePrecision.DAY, language)
    return f"{first} – {last}"
