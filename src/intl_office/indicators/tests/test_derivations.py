from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from intl_office.core.tests.factories import PolicyPeriodFactory
from intl_office.indicators.derivations import DERIVATIONS
from intl_office.indicators.models import Indicator
from intl_office.indicators.selectors import period_figures
from intl_office.relations.tests.factories import RelationFactory, RelationStatusChangeFactory
from intl_office.welcome_desk.tests.factories import ClientAgreementFactory

pytestmark = pytest.mark.django_db

START, END = date(2017, 1, 1), date(2020, 12, 31)


@pytest.mark.parametrize("key", sorted(DERIVATIONS))
def test_no_records_no_value(key):
    """An empty registry yields no figure at all, never a zero."""
    assert DERIVATIONS[key].compute(START, END) is None


def test_every_standard_indicator_has_a_known_derivation():
    derived = Indicator.objects.exclude(derivation="")
    assert derived.count() >= 15
    assert sorted(set(derived.values_list("derivation", flat=True)) - set(DERIVATIONS)) == []


def test_client_organisations_are_counted_on_the_last_day():
    ClientAgreementFactory(since=date(2018, 1, 1), until=date(2019, 6, 30))
    ClientAgreementFactory(since=date(2018, 1, 1), until=None)

    compute = DERIVATIONS["welcome_desk.client_organisations"].compute

    assert compute(date(2018, 1, 1), date(2018, 12, 31)).value == Decimal("2")
    assert compute(date(2019, 1, 1), date(2019, 12, 31)).value == Decimal("1")
    assert compute(date(2016, 1, 1), date(2016, 12, 31)) is None  # no agreement yet


def test_active_relations_are_counted_on_the_last_day_of_each_year_from_their_history():
    RelationFactory(slug="a", status="active", since=date(2006, 1, 1))
    b = RelationFactory(
        slug="b", status="suspended", since=date(2010, 1, 1), status_reason_en="War."
    )
    RelationStatusChangeFactory(
        relation=b, date=date(2020, 3, 1), from_status="active", to_status="suspended"
    )
    c = RelationFactory(slug="c", status="active", since=date(2019, 6, 1))
    RelationFactory(
        slug="d", status="active", parent=c, counterpart_place=c.counterpart_place
    )  # within c
    RelationFactory(slug="e", status="ended", since=date(2000, 1, 1), status_reason_en="Merged.")

    figures = [
        f
        for f in period_figures(PolicyPeriodFactory(start=START, end=END))
        if f.indicator == "relations-active"
    ]

    assert [(f.period, f.value) for f in figures] == [
        ("2017", 2),
        ("2017-2020", 2),
        ("2018", 2),
        ("2019", 3),
        ("2020", 2),
    ]
