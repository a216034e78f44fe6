"""Welcome-desk records through the API: recorded by the welcome desk, with their topics."""

from __future__ import annotations

import pytest

from intl_office.core.tests.api import API, ApiResourceTests, as_role, assert_problem
from intl_office.users.roles import EU_PROJECTS_OFFICER, WELCOME_DESK
from intl_office.welcome_desk.models import DeskContact
from intl_office.welcome_desk.tests.factories import DeskContactFactory, FormalityFactory

pytestmark = pytest.mark.django_db


class TestDeskContacts(ApiResourceTests):
    resource = "desk-contacts"
    factory = DeskContactFactory
    editor = WELCOME_DESK
    reader = EU_PROJECTS_OFFICER
    invalid_field = "topics.0"
    filters = [
        ({"nationality": "IN"}, {"nationality": "IN"}, {"nationality": "DE"}),
        ({"topic": "housing"}, {"topics": ["housing"]}, {"topics": ["tax"]}),
        (
            {"customerType": "student"},
            {"customer_type": "student"},
            {"customer_type": "researcher"},
        ),
    ]

    def create_data(self):
        return {
            "occurred_at": "2019-03-04T10:15:00+01:00",
            "channel": "visit",
            "topics": ["residence_permit", "housing"],
            "nationality": "IN",
            "customer_type": "knowledge_worker",
        }

    def invalid_data(self):
        return {**self.create_data(), "topics": ["gossip"]}

    def update_data(self):
        return {"language": "nl"}

    def test_recorded_with_its_topics(self):
        client, _user = as_role(WELCOME_DESK)
        response = client.post(f"{API}/desk-contacts", self.create_data(), format="json")
        assert response.status_code == 201, response.content
        assert response.json()["topics"] == ["housing", "residence_permit"]
        contact = DeskContact.objects.get(pk=response.json()["id"])
        assert {t.topic for t in contact.topics.all()} == {"housing", "residence_permit"}

    def test_an_unknown_nationality_is_refused_by_the_service(self):
        client, _user = as_role(WELCOME_DESK)
        body = assert_problem(
            client.post(
                f"{API}/desk-contacts", {**self.create_data(), "nationality": "XX"}, format="json"
            ),
            400,
        )
        assert body["invalidParams"][0]["name"] == "nationality"

    def test_topics_cannot_change_afterwards(self):
        contact = DeskContactFactory(topics=["tax"])
        client, _user = as_role(WELCOME_DESK)
        response = client.patch(
            f"{API}/desk-contacts/{contact.pk}", {"topics": ["housing"]}, format="json"
        )
        assert assert_problem(response, 400)["invalidParams"][0]["name"] == "topics"


class TestFormalities(ApiResourceTests):
    resource = "formalities"
    factory = FormalityFactory
    editor = WELCOME_DESK
    reader = EU_PROJECTS_OFFICER
    invalid_field = "kind"

    def create_data(self):
        return {"kind": "ind_residence_permit", "handled_on": "2019-05-01", "nationality": "IN"}

    def invalid_data(self):
        return {**self.create_data(), "kind": "visa"}

    def update_data(self):
        return {"nationality": "JP"}
