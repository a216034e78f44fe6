"""The activity feeds: iCalendar and GeoJSON, public only for published activities."""

from __future__ import annotations

from datetime import date

import icalendar
import pytest

from intl_office.activities.tests.factories import ActivityFactory
from intl_office.core.tests.api import API, api_client, as_role, assert_problem
from intl_office.core.tests.factories import PlaceFactory
from intl_office.users.roles import READER

pytestmark = pytest.mark.django_db


def events(response):
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/calendar")
    return {
        str(e["summary"]): e for e in icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    }


def test_the_public_calendar_has_only_published_activities():
    ActivityFactory(title_en="Published", published=True)
    ActivityFactory(title_en="Internal", published=False)
    ActivityFactory(title_en="Secret", published=True, confidential=True)
    response = api_client().get(f"{API}/feeds/activities.ics")
    assert set(events(response)) == {"Published"}
    assert response["Access-Control-Allow-Origin"] == "*"


def test_staff_see_what_they_may_read_and_can_filter():
    ActivityFactory(
        title_en="Mission",
        kind="trade_mission",
        start_date=date(2019, 4, 2),
        end_date=date(2019, 4, 4),
    )
    ActivityFactory(title_en="Award", kind="award")
    client, _user = as_role(READER)
    found = events(client.get(f"{API}/feeds/activities.ics?kind=trade_mission"))
    assert set(found) == {"Mission"}
    event = found["Mission"]
    assert event.decoded("dtstart") == date(2019, 4, 2)
    assert event.decoded("dtend") == date(2019, 4, 5)  # the day after the last day


def test_a_cancelled_activity_is_cancelled_in_the_calendar():
    ActivityFactory(title_en="Visit", cancelled=True, published=True)
    event = events(api_client().get(f"{API}/feeds/activities.ics"))["Visit"]
    assert str(event["status"]) == "CANCELLED"
    assert "COVID-19" in str(event["description"])


def test_dutch_titles_on_request():
    ActivityFactory(title_nl="Bezoek", title_en="Visit", published=True)
    assert set(events(api_client().get(f"{API}/feeds/activities.ics?lang=nl"))) == {"Bezoek"}
    assert_problem(api_client().get(f"{API}/feeds/activities.ics?lang=fr"), 400)


def test_geojson_of_activities_with_coordinates():
    place = PlaceFactory(name="Kaliningrad", latitude="54.71", longitude="20.51")
    ActivityFactory(title_en="Abroad", place=place, published=True)
    ActivityFactory(title_en="No place", published=True)
    response = api_client().get(f"{API}/feeds/activities.geojson")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    body = response.json()
    assert body["type"] == "FeatureCollection"
    [feature] = body["features"]
    assert feature["geometry"]["coordinates"] == [20.51, 54.71]
    assert feature["properties"]["title"] == "Abroad"
