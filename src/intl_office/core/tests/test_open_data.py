"""Open data: only what is published, as JSON and CSV, with a harvestable catalogue and small
welcome-desk groups suppressed."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from intl_office.activities.tests.factories import ActivityFactory
from intl_office.core.tests.api import API, api_client, assert_problem
from intl_office.core.tests.factories import OrganisationFactory, PolicyPeriodFactory
from intl_office.eu_projects.tests.factories import EUProjectFactory
from intl_office.indicators.tests.factories import ObservationFactory
from intl_office.relations.tests.factories import RelationFactory
from intl_office.welcome_desk.selectors import Tally, breakdown_suppressed
from intl_office.welcome_desk.tests.factories import DeskContactFactory, local

pytestmark = pytest.mark.django_db


def rows(response):
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_only_published_non_confidential_relations():
    RelationFactory(name_en="Public", published=True)
    RelationFactory(name_en="Internal")
    RelationFactory(name_en="Secret", published=True, confidential=True)
    client = api_client()
    response = client.get(f"{API}/open-data/relations")
    assert [r["name_en"] for r in response.json()["results"]] == ["Public"]
    assert response["Access-Control-Allow-Origin"] == "*"
    assert [r["name_en"] for r in rows(client.get(f"{API}/open-data/relations.csv"))] == ["Public"]


def test_activities_and_eu_projects_as_csv():
    ActivityFactory(title_en="Visit", published=True, countries=["DE", "PL"])
    ActivityFactory(title_en="Hidden")
    EUProjectFactory(acronym="HEAT", published=True)
    EUProjectFactory(acronym="DRAFT")
    client = api_client()
    [activity] = rows(client.get(f"{API}/open-data/activities.csv"))
    assert activity["title_en"] == "Visit" and activity["countries"] == "DE;PL"
    [project] = rows(client.get(f"{API}/open-data/eu-projects.csv"))
    assert project["acronym"] == "HEAT"


def test_csv_has_a_header_even_when_empty():
    response = api_client().get(f"{API}/open-data/relations.csv")
    assert response.content.decode().startswith("id,slug,name_nl,name_en")


def test_figures_only_of_published_periods():
    PolicyPeriodFactory(slug="2017-2020", published=False)
    assert_problem(api_client().get(f"{API}/open-data/periods/2017-2020/figures"), 404)
    PolicyPeriodFactory(
        slug="2021-2024", start=date(2021, 1, 1), end=date(2024, 12, 31), published=True
    )
    ObservationFactory(indicator__code="students", period_start=date(2022, 1, 1))
    client = api_client()
    figures = client.get(f"{API}/open-data/periods/2021-2024/figures").json()["figures"]
    assert any(f["key"] == "students:2022" for f in figures)
    table = rows(client.get(f"{API}/open-data/periods/2021-2024/figures.csv"))
    row = next(r for r in table if r["key"] == "students:2022")
    assert row["value"] == "10375" and row["provenance"] == "reported" and row["source"]


def test_the_catalogue_lists_each_data_set_with_license_and_downloads():
    PolicyPeriodFactory(slug="2017-2020", published=True)
    PolicyPeriodFactory(slug="2013-2016", start=date(2013, 1, 1), end=date(2016, 12, 31))
    RelationFactory(published=True)
    response = api_client().get(f"{API}/open-data/catalogue")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    catalogue = response.json()
    assert catalogue["@type"] == "dcat:Catalog"
    titles = {d["dct:title"] for d in catalogue["dcat:dataset"]}
    assert "International relations" in titles
    assert any("2017-2020" in t for t in titles) and not any("2013-2016" in t for t in titles)
    relations = next(
        d for d in catalogue["dcat:dataset"] if d["dct:title"] == "International relations"
    )
    assert relations["dct:license"]["@id"].startswith("http://creativecommons.org/")
    assert relations["dct:modified"]
    downloads = {d["dcat:downloadURL"]["@id"] for d in relations["dcat:distribution"]}
    assert any(link.endswith("/api/v1/open-data/relations.csv") for link in downloads)


@pytest.mark.parametrize(
    ("counts", "shown", "other"),
    [
        ({"IN": 12, "DE": 7, "IT": 2, "US": 3}, {"IN": 12, "DE": 7}, 5),
        # Two hidden would be derivable from a total: the smallest shown group joins them.
        ({"IN": 12, "DE": 7, "IT": 2}, {"IN": 12}, 9),
        ({"IN": 3}, {}, None),
        ({"IN": 5, "DE": 6}, {"IN": 5, "DE": 6}, 0),
    ],
)
def test_small_groups_are_suppressed(counts, shown, other):
    breakdown = breakdown_suppressed([Tally(k, v) for k, v in counts.items()])
    assert {row.key: row.count for row in breakdown.rows} == shown
    assert breakdown.other == other
    assert all(row.count >= 5 for row in breakdown.rows)


def test_welcome_desk_breakdowns_never_show_a_group_below_five():
    PolicyPeriodFactory(slug="2017-2020", published=True)
    employer = OrganisationFactory(name="Big employer")
    for _ in range(6):
        DeskContactFactory(
            nationality="IN", client_organisation=employer, occurred_at=local(2019, 3, 1, 10)
        )
    for _ in range(2):
        DeskContactFactory(nationality="SY", occurred_at=local(2019, 3, 1, 11))
    for _ in range(3):
        DeskContactFactory(nationality="BR", occurred_at=local(2019, 3, 1, 12))
    body = api_client().get(f"{API}/open-data/periods/2017-2020/welcome-desk").json()
    nationality = body["by_nationality"]
    assert nationality["rows"] == [{"key": "IN", "count": 6}]
    assert nationality["other"] == 5
    assert "SY" not in str(body)
    organisation = body["by_organisation"]
    assert {"key": "Big employer", "count": 6} in organisation["rows"]
    assert all(row["count"] >= 5 for row in organisation["rows"])


@pytest.mark.parametrize(
    ("path", "make"),
    [
        ("open-data/relations", lambda: RelationFactory(published=True)),
        ("open-data/relations.csv", lambda: RelationFactory(published=True)),
        ("open-data/activities", lambda: ActivityFactory(published=True, abroad=True)),
        ("open-data/eu-projects.csv", lambda: EUProjectFactory(published=True)),
        ("feeds/activities.ics", lambda: ActivityFactory(published=True, abroad=True)),
        ("feeds/activities.geojson", lambda: ActivityFactory(published=True, abroad=True)),
        ("feeds/relations.geojson", lambda: RelationFactory(published=True)),
    ],
)
def test_public_lists_take_as_many_queries_for_many_rows_as_for_one(path, make):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = api_client()
    make()
    with CaptureQueriesContext(connection) as one:
        assert client.get(f"{API}/{path}").status_code == 200
    for _ in range(6):
        make()
    with CaptureQueriesContext(connection) as seven:
        assert client.get(f"{API}/{path}").status_code == 200
    assert len(seven) == len(one)
