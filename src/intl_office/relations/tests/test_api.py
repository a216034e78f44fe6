"""Relations through the API: the roles' rules, confidentiality and status changes with history."""

from __future__ import annotations

from datetime import date

import pytest
from auditlog.models import LogEntry

from intl_office.core.tests.api import API, ApiResourceTests, as_role, assert_problem
from intl_office.core.tests.factories import PlaceFactory
from intl_office.relations.models import Relation
from intl_office.relations.tests.factories import AgreementFactory, RelationFactory
from intl_office.users.roles import POLICY_ADVISOR, READER, WELCOME_DESK

pytestmark = pytest.mark.django_db


class TestRelations(ApiResourceTests):
    resource = "relations"
    factory = RelationFactory
    editor = POLICY_ADVISOR
    outsider = WELCOME_DESK
    invalid_field = "nonFieldErrors"
    filters = [
        ({"kind": "network"}, {"kind": "network"}, {"kind": "sister_city"}),
        (
            {"status": "ended", "kind": "partnership"},
            {"status": "ended", "kind": "partnership"},
            {"status": "active", "kind": "partnership"},
        ),
        (
            {"country": "JP"},
            {"counterpart_place__country": "JP"},
            {"counterpart_place__country": "DE"},
        ),
        ({"sinceFrom": "2010-01-01"}, {"since": date(2012, 1, 1)}, {"since": date(2001, 1, 1)}),
    ]

    def create_data(self):
        return {
            "slug": "tallinn",
            "name_nl": "Stedenband Tallinn",
            "name_en": "Sister city Tallinn",
            "kind": "sister_city",
            "counterpart_place": PlaceFactory().pk,
        }

    def invalid_data(self):
        # No counterpart: a database constraint that full_clean checks.
        data = self.create_data()
        del data["counterpart_place"]
        return data

    def update_data(self):
        return {"description_en": "Schools and culture."}

    def test_status_cannot_be_set_directly(self):
        relation = RelationFactory(status="active")
        client, _user = as_role(POLICY_ADVISOR)
        response = client.patch(
            f"{API}/relations/{relation.pk}", {"status": "ended"}, format="json"
        )
        assert response.status_code == 200
        relation.refresh_from_db()
        assert relation.status == "active"

    def test_status_change_keeps_the_history_and_needs_a_reason(self):
        relation = RelationFactory(status="active")
        client, user = as_role(POLICY_ADVISOR)
        url = f"{API}/relations/{relation.pk}/status-changes"
        body = assert_problem(
            client.post(url, {"to_status": "suspended", "on": "2020-03-01"}, format="json"), 400
        )
        assert body["invalidParams"][0]["name"] == "reason"
        response = client.post(
            url,
            {"to_status": "suspended", "on": "2020-03-01", "reason_en": "COVID-19"},
            format="json",
        )
        assert response.status_code == 201, response.content
        assert response.json()["from_status"] == "active"
        relation.refresh_from_db()
        assert relation.status == "suspended"
        assert relation.status_changes.count() == 1
        entries = LogEntry.objects.get_for_object(relation).filter(action=LogEntry.Action.UPDATE)
        assert entries.order_by("timestamp").last().actor == user

    def test_readers_cannot_change_the_status(self):
        relation = RelationFactory(status="active")
        client, _user = as_role(READER)
        response = client.post(
            f"{API}/relations/{relation.pk}/status-changes",
            {"to_status": "ended", "on": "2020-03-01", "reason_en": "x"},
            format="json",
        )
        assert_problem(response, 403)

    def test_confidential_relations_only_for_roles_that_may_see_them(self):
        secret = RelationFactory(confidential=True)
        reader, _user = as_role(READER)
        assert secret.pk not in {r["id"] for r in reader.get(f"{API}/relations").json()["results"]}
        assert_problem(reader.get(f"{API}/relations/{secret.pk}"), 404)
        advisor, _user = as_role(POLICY_ADVISOR)
        assert advisor.get(f"{API}/relations/{secret.pk}").status_code == 200


class TestAgreements(ApiResourceTests):
    resource = "agreements"
    factory = AgreementFactory
    editor = POLICY_ADVISOR
    outsider = WELCOME_DESK
    invalid_field = "kind"

    def create_data(self):
        return {
            "relation": RelationFactory().pk,
            "kind": "mou",
            "title_nl": "Memorandum",
            "title_en": "Memorandum",
            "signed_on": "2019-05-01",
        }

    def invalid_data(self):
        return {**self.create_data(), "kind": "handshake"}

    def update_data(self):
        return {"signatories": "Both mayors"}

    def test_agreements_of_confidential_relations_are_hidden(self):
        agreement = AgreementFactory(relation=RelationFactory(confidential=True))
        client, _user = as_role(READER)
        assert_problem(client.get(f"{API}/agreements/{agreement.pk}"), 404)
        assert Relation.objects.filter(confidential=True).exists()
