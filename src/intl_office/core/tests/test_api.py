"""The API's shared behaviour (API Design Rules) and the resources of core."""

from __future__ import annotations

from datetime import date

import pytest
import yaml
from django.core.management import call_command

from intl_office.core.api import API_VERSION
from intl_office.core.api.middleware import SECURITY_HEADERS
from intl_office.core.models import Place
from intl_office.core.tests.api import API, ApiResourceTests, api_client, as_role, assert_problem
from intl_office.core.tests.factories import (
    OrganisationFactory,
    PersonFactory,
    PlaceFactory,
    PolicyPeriodFactory,
)
from intl_office.indicators.tests.factories import ObservationFactory
from intl_office.users.roles import POLICY_ADVISOR, READER, WELCOME_DESK

pytestmark = pytest.mark.django_db


class TestPlaces(ApiResourceTests):
    resource = "places"
    factory = PlaceFactory
    editor = POLICY_ADVISOR
    invalid_field = "latitude"
    filters = [({"country": "JP"}, {"country": "JP"}, {"country": "DE"})]

    def create_data(self):
        return {"name": "Kagoshima", "country": "JP", "latitude": "31.5", "longitude": "130.5"}

    def invalid_data(self):
        return {"name": "Nowhere", "country": "NL", "latitude": "91", "longitude": "5"}

    def update_data(self):
        return {"name": "Renamed"}


class TestOrganisations(ApiResourceTests):
    resource = "organisations"
    factory = OrganisationFactory
    editor = WELCOME_DESK
    invalid_field = "website"
    filters = [({"name": "hanze"}, {"name": "Hanze University"}, {"name": "Gasunie"})]

    def create_data(self):
        return {"name": "Hanze University", "country": "NL", "kind": "knowledge"}

    def invalid_data(self):
        return {"name": "Broken", "website": "not a web address"}

    def update_data(self):
        return {"acronym": "HG"}


class TestPeople(ApiResourceTests):
    """Contact people are personal data: readers may not see them."""

    resource = "people"
    factory = PersonFactory
    editor = POLICY_ADVISOR
    reader = None
    outsider = READER
    invalid_field = "lawful_basis"

    def create_data(self):
        return {"name": "A. de Vries", "lawful_basis": "legitimate interest"}

    def invalid_data(self):
        return {"name": "No basis"}

    def update_data(self):
        return {"role": "alderman"}


class TestPeriods(ApiResourceTests):
    resource = "periods"
    factory = PolicyPeriodFactory
    editor = POLICY_ADVISOR
    invalid_field = "nonFieldErrors"
    filters = [({"published": "true"}, {"published": True}, {"published": False})]

    def lookup(self, obj):
        return obj.slug

    def create_data(self):
        return {
            "slug": "2021-2024",
            "title_nl": "Beleid 2021-2024",
            "title_en": "Policy 2021-2024",
            "start": "2021-01-01",
            "end": "2024-12-31",
        }

    def invalid_data(self):
        # The end before the start breaks a database constraint that full_clean checks.
        return {**self.create_data(), "end": "2020-01-01"}

    def update_data(self):
        return {"title_en": "Internationalisation policy"}

    def test_unknown_record_is_404_problem(self):
        client, _user = as_role(self.editor)
        assert_problem(client.get(self.url("1999-2000")), 404)


class TestFigures:
    def test_figures_with_provenance_and_source(self):
        period = PolicyPeriodFactory(slug="2017-2020")
        observation = ObservationFactory(
            indicator__code="international-students", period_start=date(2018, 1, 1)
        )
        client, _user = as_role(READER)
        response = client.get(f"{API}/periods/2017-2020/figures")
        assert response.status_code == 200, response.content
        body = response.json()
        assert body["period"] == period.slug
        figure = next(f for f in body["figures"] if f["key"] == "international-students:2018")
        assert figure["value"] == 10375
        assert figure["provenance"] == "reported"
        assert str(observation.source.title) in figure["source"]

    def test_public_only_when_the_period_is_published(self):
        PolicyPeriodFactory(slug="2017-2020", published=False)
        anonymous = api_client()
        assert_problem(anonymous.get(f"{API}/periods/2017-2020/figures"), 404)
        PolicyPeriodFactory(
            slug="2021-2024", start=date(2021, 1, 1), end=date(2024, 12, 31), published=True
        )
        assert anonymous.get(f"{API}/periods/2021-2024/figures").status_code == 200

    def test_unknown_language_is_400(self):
        PolicyPeriodFactory(slug="2017-2020", published=True)
        body = assert_problem(api_client().get(f"{API}/periods/2017-2020/figures?lang=de"), 400)
        assert body["invalidParams"][0]["name"] == "lang"

    def test_figures_of_an_absurdly_long_period_are_refused(self):
        PolicyPeriodFactory(slug="0001-9999", start=date(1, 1, 1), end=date(9999, 12, 31))
        client, _user = as_role(READER)
        body = assert_problem(client.get(f"{API}/periods/0001-9999/figures"), 400)
        assert body["invalidParams"][0]["name"] == "slug"


class TestDesignRules:
    def test_trailing_slash_is_404_problem_not_a_redirect(self):
        client, _user = as_role(READER)
        response = client.get(f"{API}/places/")
        body = assert_problem(response, 404)
        assert "address" in body["detail"]
        assert response["API-Version"] == API_VERSION

    def test_every_response_has_the_version_and_security_headers(self):
        client, _user = as_role(READER)
        for response in (client.get(f"{API}/places"), api_client().get(f"{API}/places")):
            assert response["API-Version"] == API_VERSION
            for name, value in SECURITY_HEADERS.items():
                assert response[name] == value

    def test_openapi_document_is_public_with_cors(self):
        response = api_client().get(f"{API}/openapi.json")
        assert response.status_code == 200
        assert response["Access-Control-Allow-Origin"] == "*"
        document = response.json()
        assert document["openapi"].startswith("3.0.")
        assert document["info"]["version"] == API_VERSION
        assert document["info"]["contact"]["email"]

    def test_resources_are_not_cors_open(self):
        client, _user = as_role(READER)
        assert "Access-Control-Allow-Origin" not in client.get(f"{API}/places")

    def test_deleting_a_record_others_refer_to_is_409_problem(self):
        place = PlaceFactory()
        OrganisationFactory(place=place)
        client, _user = as_role(POLICY_ADVISOR)
        assert_problem(client.delete(f"{API}/places/{place.pk}"), 409)
        assert Place.objects.filter(pk=place.pk).exists()

    def test_a_revoked_token_is_refused(self):
        from intl_office.users.services import api_token_issue, api_token_revoke
        from intl_office.users.tests.factories import UserFactory

        token, key = api_token_issue(user=UserFactory(roles=[READER]), name="portal")
        client = api_client()
        client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
        assert client.get(f"{API}/places").status_code == 200
        api_token_revoke(token=token)
        assert_problem(client.get(f"{API}/places"), 401)
        client.credentials(HTTP_AUTHORIZATION="Token wrong-key")
        assert_problem(client.get(f"{API}/places"), 401)

    def test_moments_are_given_in_utc(self):
        from intl_office.welcome_desk.tests.factories import DeskContactFactory, local

        contact = DeskContactFactory(occurred_at=local(1012, 5, 28, 20, 30))
        client, _user = as_role(READER)
        occurred = client.get(f"{API}/desk-contacts/{contact.pk}").json()["occurred_at"]
        assert occurred.endswith("Z"), occurred

    def test_session_authentication_for_the_browser(self, client):
        from intl_office.users.tests.factories import UserFactory

        client.force_login(UserFactory(roles=[READER]))
        assert client.get(f"{API}/places").status_code == 200

    def test_query_keys_are_camel_case(self, tmp_path):
        path = tmp_path / "openapi.yaml"
        call_command("spectacular", file=str(path), lang="en")
        document = yaml.safe_load(path.read_text())
        names = {
            p["name"]
            for item in document["paths"].values()
            for operation in item.values()
            if isinstance(operation, dict)
            for p in operation.get("parameters", [])
            if p["in"] == "query"
        }
        assert names and all("_" not in name for name in names), names
        assert all(not path.endswith("/") for path in document["paths"])
