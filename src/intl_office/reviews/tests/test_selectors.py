"""The review's data object, for the Groningen dataset and for a second city with full
records."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from intl_office.core.tests.factories import PolicyPeriodFactory
from intl_office.reviews.selectors import review_data
from intl_office.reviews.tests.city import ACTIVITIES, CONTACTS, build_city

pytestmark = pytest.mark.django_db


def figure_texts(data) -> dict[str, str]:
    return {f.key: f.text for f in data.figures()}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            {
                "international-students:2019-2020": "10.375",
                "desk-interactions:2015": "2.085",
                "nationalities-served:2017-2020": "meer dan 100",
                "very-satisfied-share:2018": "95%",
                "ambassadors-received:2017-2020": "23",
            },
        ),
        (
            "en",
            {
                "international-students:2019-2020": "10,375",
                "desk-interactions:2015": "2,085",
                "nationalities-served:2017-2020": "more than 100",
                "very-satisfied-share:2018": "95%",
                "ambassadors-received:2017-2020": "23",
            },
        ),
    ],
)
def test_groningen_figures_are_written_for_the_language(groningen, language, expected):
    texts = figure_texts(review_data(groningen, language))
    for key, text in expected.items():
        assert texts[key] == text, key


def test_groningen_review_structure_follows_the_period(groningen):
    data = review_data(groningen, "en")
    assert data.title == "Internationalisation policy 2017-2020"
    assert [c.kind for c in data.chapters] == ["welcome", "relations", "europe", "trade"]
    assert len(data.missions) == 2
    assert not any(c.empty for c in data.chapters)


def test_reported_figures_cite_their_source_in_a_numbered_note(groningen):
    data = review_data(groningen, "en")
    students = next(f for f in data.figures() if f.key == "international-students:2019-2020")
    assert not students.derived
    assert students.note is not None
    note = data.notes[students.note - 1]
    assert "City Monitor" in note.text
    assert [n.number for n in data.notes] == list(range(1, len(data.notes) + 1))


def test_desk_series_shows_its_change_between_first_and_last_year(groningen):
    welcome = review_data(groningen, "en").chapters[0].welcome
    block = next(b for b in welcome.indicators if b.code == "desk-interactions")
    assert block.change.text == "from 2,085 (2015) to 4,938 (2020), +137%"
    assert welcome.chart is not None
    assert welcome.chart["$schema"].endswith("vega-lite/v6.json")


def test_relations_have_their_events_in_order_with_a_suspension_reason(groningen):
    relations = review_data(groningen, "en").chapters[1].relations.relations
    san_carlos = next(r for r in relations if "San Carlos" in r.name)
    assert san_carlos.kind == "sister city"
    dates = [e.sort_date for e in san_carlos.events]
    assert dates == sorted(dates) and dates
    assert san_carlos.events[0].date == "May 2017"
    assert any(e.kind == "status" and e.detail for e in san_carlos.events)


def test_europe_groups_projects_by_theme_with_role(groningen):
    europe = review_data(groningen, "nl").chapters[2].europe
    acronyms = {p.acronym for g in europe.project_groups for p in g.projects}
    assert {"HEAVENN", "ULaaDS", "Making City"} <= acronyms
    assert any(p.role for g in europe.project_groups for p in g.projects)
    assert europe.strategies and europe.strategies[0].core_themes
    assert any("Eurocities" in m.name for m in europe.memberships)


def test_trade_missions_are_grouped_by_country_in_the_language(groningen):
    trade = review_data(groningen, "nl").chapters[3].trade
    countries = [c.country for c in trade.countries]
    assert "Duitsland" in countries and "China" in countries


def test_second_city_figures_are_derived_with_links_to_their_records():
    period = build_city()
    data = review_data(period, "en")
    texts = figure_texts(data)
    assert texts["desk-interactions:2021"] == str(CONTACTS[2021])
    assert texts["desk-interactions:2023"] == str(CONTACTS[2023])
    block = next(b for b in data.chapters[0].welcome.indicators if b.code == "desk-interactions")
    assert block.change.text == "from 30 (2021) to 60 (2023), +100%"
    assert texts["very-satisfied-share:2022"] == "85%"
    row = next(r for r in data.overview.rows if r.kind == "ambassador_received")
    assert row.total.derived
    assert row.total.value == Decimal(sum(ACTIVITIES["ambassador_received"].values()))
    assert row.per_year == [4, 6, 5] and data.overview.years == [2021, 2022, 2023]
    assert row.total.records_url.startswith("/admin/activities/activity/?kind=ambassador_received")
    assert "start_date__gte=2021-01-01" in row.total.records_url
    assert data.overview.cancelled.value == 3
    sister = data.chapters[1].relations.relations[0]
    assert [e.kind for e in sister.events] == [
        "official visit abroad",
        "letter of intent",
        "status",
    ]
    assert sister.events[2].detail == "Exchanges paused after a flood."
    assert data.chapters[3].trade.countries[0].country == "Japan"
    welcome = data.chapters[0].welcome
    # 135 contacts spread evenly over five nationalities
    assert [(n.label, n.count) for n in welcome.nationalities][:2] == [
        ("Brazil", 27),
        ("China", 27),
    ]
    assert welcome.formality_years == [2021, 2022, 2023]
    assert [(r.kind, r.per_year) for r in welcome.formalities] == [
        ("IND residence permit", ["10", "15", "20"])
    ]
    assert [n.label for n in data.infographic.top_nationalities] == [
        "Brazil",
        "China",
        "Germany",
        "India",
        "United States",
    ]


def test_confidential_activities_stay_out_of_the_relations_timeline():
    from intl_office.activities.tests.factories import ActivityFactory
    from intl_office.relations.models import Relation

    period = build_city()
    secret = ActivityFactory(
        title_en="Confidential talks", start_date=period.start, confidential=True
    )
    secret.relations.add(Relation.objects.get(name_en="Sister city Aarhus"))
    sister = review_data(period, "en").chapters[1].relations.relations[0]
    assert sister.name == "Sister city Aarhus"
    assert "Confidential talks" not in [e.title for e in sister.events]
    assert len(sister.events) == 3


def test_building_the_data_does_not_query_per_record():
    period = build_city()
    with CaptureQueriesContext(connection) as small:
        review_data(period, "en")
    from intl_office.activities.tests.factories import ActivityFactory
    from intl_office.relations.tests.factories import RelationFactory

    ActivityFactory.create_batch(30, kind="trade_mission", countries=["DE"])
    RelationFactory.create_batch(10)
    with CaptureQueriesContext(connection) as large:
        review_data(period, "en")
    assert len(large) == len(small)


def test_a_period_without_records_says_so():
    from intl_office.core.tests.factories import PolicyLineFactory

    period = PolicyPeriodFactory(slug="2030-2031")
    PolicyLineFactory(period=period, kind="trade", order=1)
    data = review_data(period, "en")
    assert data.chapters[0].empty
    assert data.overview.rows and all(r.total is None for r in data.overview.rows)
    assert data.infographic.key_figures == []


def test_a_target_of_the_period_is_shown_against_the_actual_figure():
    from intl_office.indicators.models import Indicator
    from intl_office.indicators.tests.factories import TargetFactory

    period = build_city()
    TargetFactory(
        period=period, indicator=Indicator.objects.get(code="desk-interactions"), value=150
    )
    data = review_data(period, "nl")
    whole = next(f for f in data.figures() if f.key == "desk-interactions:2021-2023")
    assert (whole.text, whole.target) == ("135", "doel: ten minste 150")
