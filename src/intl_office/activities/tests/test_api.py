"""Activities through the API, and cancelling one with its reason."""

from __future__ import annotations

from datetime import date

import pytest

from intl_office.activities.tests.factories import ActivityFactory
from intl_office.core.tests.api import API, ApiResourceTests, as_role, assert_problem
from intl_office.core.tests.factories import PolicyPeriodFactory
from intl_office.users.roles import POLICY_ADVISOR, READER, WELCOME_DESK

pytestmark = pytest.mark.django_db


class TestActivities(ApiResourceTests):
    resource = "activities"
    factory = ActivityFactory
    editor = POLICY_ADVISOR
    outsider = WELCOME_DESK
    invalid_field = "nonFieldErrors"
    filters = [
        ({"kind": "trade_mission"}, {"kind": "trade_mission"}, {"kind": "award"}),
        (
            {"startFrom": "2019-01-01", "startUntil": "2019-12-31"},
            {"start_date": date(2019, 6, 1)},
            {"start_date": date(2018, 6, 1)},
        ),
        ({"status": "cancelled"}, {"cancelled": True}, {}),
    ]

    def create_data(self):
        return {
            "title_nl": "Handelsmissie Hamburg",
            "title_en": "Trade mission Hamburg",
            "kind": "trade_mission",
            "direction": "outgoing",
            "start_date": "2019-09-10",
            "countries": ["DE"],
        }

    def invalid_data(self):
        # Ends before it starts: a database constraint that full_clean checks.
        return {**self.create_data(), "end_date": "2019-09-01"}

    def update_data(self):
        return {"summary_en": "Twelve companies took part."}

    def test_filter_by_period(self):
        PolicyPeriodFactory(slug="2017-2020")
        inside = ActivityFactory(start_date=date(2018, 3, 1))
        outside = ActivityFactory(start_date=date(2021, 3, 1))
        client, _user = as_role(READER)
        ids = {a["id"] for a in client.get(f"{API}/activities?period=2017-2020").json()["results"]}
        assert inside.pk in ids and outside.pk not in ids

    def test_cancel_keeps_the_reason(self):
        activity = ActivityFactory(planned=True)
        client, _user = as_role(POLICY_ADVISOR)
        url = f"{API}/activities/{activity.pk}/cancel"
        assert_problem(client.post(url, {"reason": ""}, format="json"), 400)
        response = client.post(url, {"reason": "COVID-19"}, format="json")
        assert response.status_code == 200, response.content
        assert response.json()["status"] == "cancelled"
        assert response.json()["status_reason"] == "COVID-19"
        activity.refresh_from_db()
        assert activity.journal.count() == 1

    def test_a_held_activity_cannot_be_cancelled(self):
        activity = ActivityFactory()
        client, _user = as_role(POLICY_ADVISOR)
        body = assert_problem(
            client.post(f"{API}/activities/{activity.pk}/cancel", {"reason": "x"}, format="json"),
            400,
        )
        assert body["invalidParams"][0]["name"] == "status"

    def test_readers_cannot_cancel(self):
        activity = ActivityFactory(planned=True)
        client, _user = as_role(READER)
        assert_problem(
            client.post(f"{API}/activities/{activity.pk}/cancel", {"reason": "x"}, format="json"),
            403,
        )

    def test_confidential_activities_are_hidden_from_readers(self):
        secret = ActivityFactory(confidential=True)
        client, _user = as_role(READER)
        assert_problem(client.get(f"{API}/activities/{secret.pk}"), 404)


def test_the_status_changes_only_through_the_actions():
    activity = ActivityFactory(planned=True)
    client, _user = as_role(POLICY_ADVISOR)
    url = f"{API}/activities/{activity.pk}"
    body = assert_problem(client.patch(url, {"status": "held"}, format="json"), 400)
    assert body["invalidParams"][0]["name"] == "status"
    response = client.post(f"{url}/held", {"format": "digital"}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "held"
    assert response.json()["format"] == "digital"
