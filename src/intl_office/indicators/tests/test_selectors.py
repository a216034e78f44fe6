"""Figures with provenance: reported wins over derived, and every figure says which."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from intl_office.activities.tests.factories import ActivityFactory
from intl_office.core.tests.factories import PolicyPeriodFactory, SourceFactory
from intl_office.indicators.models import Indicator
from intl_office.indicators.selectors import period_figures
from intl_office.indicators.tests.factories import (
    IndicatorFactory,
    ObservationFactory,
    TargetFactory,
)
from intl_office.welcome_desk.tests.factories import DeskContactFactory, local

pytestmark = pytest.mark.django_db


@pytest.fixture
def period():
    return PolicyPeriodFactory(start=date(2017, 1, 1), end=date(2020, 12, 31))


@pytest.fixture
def contacts_indicator():
    return IndicatorFactory(
        code="desk-contacts", name_en="Desk contacts", derivation="welcome_desk.contacts"
    )


def figures_of(period, code: str) -> dict[str, object]:
    return {f.period: f for f in period_figures(period) if f.indicator == code}


def test_reported_observation_overrides_the_derived_value_and_cites_its_source(
    period, contacts_indicator
):
    DeskContactFactory.create_batch(3, occurred_at=local(2018, 4, 1, 10))
    DeskContactFactory.create_batch(2, occurred_at=local(2019, 4, 1, 10))
    monitor = SourceFactory(
        title="City Monitor",
        publisher="OIS Groningen",
        published="2019",
        url="https://oisgroningen.example/monitor",
    )
    ObservationFactory(
        indicator=contacts_indicator,
        period_start=date(2018, 1, 1),
        value=Decimal("2520"),
        source=monitor,
        source_locator="p. 12",
    )

    figures = figures_of(period, "desk-contacts")

    reported = figures["2018"]
    assert (reported.value, reported.provenance) == (Decimal("2520"), "reported")
    assert reported.source == "OIS Groningen: City Monitor (2019), p. 12"
    assert reported.source_url == "https://oisgroningen.example/monitor"
    assert reported.records == {}

    derived = figures["2019"]
    assert (derived.value, derived.provenance, derived.source) == (Decimal("2"), "derived", "")
    assert derived.records == {
        "model": "welcome_desk.deskcontact",
        "filters": {"start": "2019-01-01", "end": "2019-12-31"},
    }


def test_without_records_there_is_no_derived_figure(period, contacts_indicator):
    """No false zeros: an office that records no desk contacts has no contact count."""
    DeskContactFactory(occurred_at=local(2018, 4, 1, 10))

    figures = figures_of(period, "desk-contacts")

    assert set(figures) == {"2017-2020", "2018"}
    assert figures["2017-2020"].value == Decimal("1")
    assert figures["2017-2020"].period_kind == "range"


def test_nothing_at_all_gives_no_figures(period, contacts_indicator):
    assert figures_of(period, "desk-contacts") == {}


def test_reported_total_over_the_period_suppresses_derived_years_inside_it(
    period, contacts_indicator
):
    DeskContactFactory.create_batch(2, occurred_at=local(2018, 4, 1, 10))
    ObservationFactory(
        indicator=contacts_indicator,
        period_kind="range",
        period_start=date(2017, 1, 1),
        period_end=date(2020, 12, 31),
        value=Decimal("9000"),
    )

    figures = figures_of(period, "desk-contacts")

    assert list(figures) == ["2017-2020"]
    assert (figures["2017-2020"].value, figures["2017-2020"].provenance) == (
        Decimal("9000"),
        "reported",
    )


def test_baseline_years_before_the_period_are_included_when_set(contacts_indicator):
    students = IndicatorFactory(code="students")
    ObservationFactory(indicator=students, period_start=date(2015, 1, 1), value=Decimal("6500"))
    ObservationFactory(indicator=students, period_start=date(2019, 1, 1), value=Decimal("9800"))
    DeskContactFactory(occurred_at=local(2016, 3, 1, 10))

    with_baseline = PolicyPeriodFactory(baseline_start=date(2015, 1, 1))
    without = PolicyPeriodFactory()

    assert list(figures_of(with_baseline, "students")) == ["2015", "2019"]
    assert list(figures_of(without, "students")) == ["2019"]
    assert list(figures_of(with_baseline, "desk-contacts")) == ["2016"]
    assert figures_of(without, "desk-contacts") == {}


def test_academic_year_is_labelled_with_both_years(period):
    students = IndicatorFactory(code="students")
    ObservationFactory(
        indicator=students,
        period_kind="academic_year",
        period_start=date(2019, 9, 1),
        period_end=date(2020, 8, 31),
        value=Decimal("10375"),
    )

    [figure] = figures_of(period, "students").values()

    assert (figure.period, figure.period_kind, figure.value) == (
        "2019-2020",
        "academic_year",
        Decimal("10375"),
    )
    assert (figure.period_start, figure.period_end) == (date(2019, 9, 1), date(2020, 8, 31))


def test_target_attaches_to_the_whole_period_figure_only(period):
    students = IndicatorFactory(code="students")
    ObservationFactory(
        indicator=students,
        period_kind="range",
        period_start=date(2017, 1, 1),
        period_end=date(2020, 12, 31),
        value=Decimal("11000"),
    )
    ObservationFactory(
        indicator=students,
        period_kind="range",
        period_start=date(2017, 1, 1),
        period_end=date(2018, 12, 31),
        value=Decimal("5000"),
    )
    ObservationFactory(indicator=students, period_start=date(2019, 1, 1), value=Decimal("9800"))
    TargetFactory(indicator=students, period=period, value=Decimal("12000"), qualifier="at_least")
    TargetFactory(
        indicator=students,
        period=PolicyPeriodFactory(start=date(2021, 1, 1), end=date(2024, 12, 31)),
        value=Decimal("99999"),
    )

    figures = figures_of(period, "students")

    assert {label: f.target for label, f in figures.items()} == {
        "2017-2020": Decimal("12000"),
        "2017-2018": None,
        "2019": None,
    }
    assert figures["2017-2020"].target_qualifier == "at_least"


def test_qualifier_more_than_is_preserved(period):
    students = IndicatorFactory(code="students")
    ObservationFactory(
        indicator=students,
        period_start=date(2019, 1, 1),
        value=Decimal("150"),
        qualifier="more_than",
    )

    [figure] = figures_of(period, "students").values()

    assert figure.qualifier == "more_than"
    assert figure.as_json()["value"] == 150


def test_observations_outside_the_span_are_left_out(period):
    students = IndicatorFactory(code="students")
    ObservationFactory(indicator=students, period_start=date(2016, 1, 1))
    ObservationFactory(indicator=students, period_start=date(2021, 1, 1))

    assert figures_of(period, "students") == {}


def test_activity_derivations_count_held_ones_and_cancellations(period):
    received = Indicator.objects.get(code="ambassadors-received")  # standard indicator
    ActivityFactory(kind="ambassador_received", start_date=date(2019, 3, 1))
    ActivityFactory(kind="ambassador_received", start_date=date(2020, 4, 1), cancelled=True)
    ActivityFactory(kind="delegation_received", start_date=date(2018, 3, 1))

    received_figures = figures_of(period, received.code)
    cancelled = figures_of(period, "activities-cancelled")

    assert {k: f.value for k, f in received_figures.items()} == {
        "2017-2020": 1,
        "2018": 0,  # activities were recorded that year, none of this kind: a true zero
        "2019": 1,
        "2020": 0,
    }
    assert {k: f.value for k, f in cancelled.items()} == {
        "2017-2020": 1,
        "2018": 0,
        "2019": 0,
        "2020": 1,
    }
    assert received_figures["2019"].records["filters"]["status"] == "held"


def test_figures_are_in_dutch_when_asked(period):
    students = IndicatorFactory(
        code="students", name_nl="Internationale studenten", name_en="International students"
    )
    ObservationFactory(
        indicator=students,
        period_start=date(2019, 1, 1),
        note_nl="Peildatum 1 oktober",
        note_en="On 1 October",
    )

    [dutch] = [f for f in period_figures(period, language="nl") if f.indicator == "students"]

    assert (dutch.label, dutch.note) == ("Internationale studenten", "Peildatum 1 oktober")


def test_activity_figures_share_one_count_per_period(period, django_assert_max_num_queries):
    for year, kind in [(2017, "trade_mission"), (2018, "at_home"), (2019, "exchange")]:
        ActivityFactory(kind=kind, start_date=date(year, 5, 1))
    ActivityFactory(kind="at_home", start_date=date(2020, 4, 1), cancelled=True)
    # Thirteen activity indicators over five periods (2017-2020 and each year): counted one by
    # one that is over a hundred queries; shared, it is one count per period. The rest are the
    # other derivations (a few per period) and the observations, targets and indicators.
    with django_assert_max_num_queries(40):
        figures = period_figures(period)
    assert {f.key for f in figures} >= {"trade-missions:2017", "activities-cancelled:2020"}
