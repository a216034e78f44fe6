"""The GeoJSON feed of relations."""

from __future__ import annotations

import pytest

from intl_office.core.tests.api import API, api_client, as_role
from intl_office.core.tests.factories import OrganisationFactory, PlaceFactory
from intl_office.relations.tests.factories import RelationFactory
from intl_office.users.roles import POLICY_ADVISOR, READER

pytestmark = pytest.mark.django_db


def names(response):
    assert response.status_code == 200, response.content
    return {f["properties"]["name"] for f in response.json()["features"]}


def test_public_map_shows_published_non_confidential_relations():
    RelationFactory(name_en="Public", published=True)
    RelationFactory(name_en="Internal")
    RelationFactory(name_en="Secret", published=True, confidential=True)
    assert names(api_client().get(f"{API}/feeds/relations.geojson")) == {"Public"}


def test_confidential_relations_only_for_roles_that_may_see_them():
    RelationFactory(name_en="Secret", confidential=True)
    reader, _user = as_role(READER)
    assert "Secret" not in names(reader.get(f"{API}/feeds/relations.geojson"))
    advisor, _user = as_role(POLICY_ADVISOR)
    assert "Secret" in names(advisor.get(f"{API}/feeds/relations.geojson"))


def test_an_organisation_counterpart_is_placed_at_its_place():
    place = PlaceFactory(latitude="52.37", longitude="4.89")
    RelationFactory(
        name_en="Network",
        name_nl="Netwerk",
        counterpart_place=None,
        counterpart_organisation=OrganisationFactory(place=place),
        published=True,
    )
    RelationFactory(
        name_en="Nowhere", counterpart_place=PlaceFactory(without_coordinates=True), published=True
    )
    response = api_client().get(f"{API}/feeds/relations.geojson")
    assert names(response) == {"Network"}
    assert response.json()["features"][0]["geometry"]["coordinates"] == [4.89, 52.37]


def test_filterable_like_the_list():
    RelationFactory(name_en="Network", kind="network", published=True)
    RelationFactory(name_en="Sister", kind="sister_city", published=True)
    assert names(api_client().get(f"{API}/feeds/relations.geojson?kind=network")) == {"Network"}
