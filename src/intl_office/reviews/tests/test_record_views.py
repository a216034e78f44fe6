"""The pages of a review's editorial texts, and the index of reviews."""

from __future__ import annotations

import pytest
from django.urls import reverse

from intl_office.core.tests.factories import PolicyPeriodFactory
from intl_office.core.tests.views import RecordViewsTests
from intl_office.reviews.tests.factories import NarrativeFactory
from intl_office.reviews.views import NarrativeViews


class TestNarrativeViews(RecordViewsTests):
    views = NarrativeViews
    factory = NarrativeFactory
    editor = "policy advisor"
    viewer = "reader"
    update = {"text": "The city widened its network of partners."}
    bad = ("language", "fr")

    def create_data(self):
        return {
            "period": PolicyPeriodFactory().pk,
            "section": "overview",
            "language": "nl",
            "text": "De stad ontving veel bezoek.",
        }


@pytest.mark.django_db
def test_the_index_lists_every_review_for_a_reader(client, user_in_role):
    PolicyPeriodFactory(slug="2017-2020", title_en="Policy 2017-2020")
    PolicyPeriodFactory(slug="2021-2024", title_en="Policy 2021-2024", published=True)
    client.force_login(user_in_role("reader"))
    content = client.get(reverse("reviews:index"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "/reviews/2017-2020/?lang=nl" in content and "/reviews/2021-2024/?lang=en" in content


@pytest.mark.django_db
def test_the_public_index_shows_only_published_reviews(client):
    PolicyPeriodFactory(slug="2017-2020")
    PolicyPeriodFactory(slug="2021-2024", published=True)
    content = client.get(reverse("reviews:index")).content.decode()
    assert "/reviews/2021-2024/" in content and "/reviews/2017-2020/" not in content


@pytest.mark.django_db
def test_the_public_index_asks_to_log_in_when_nothing_is_published(client):
    PolicyPeriodFactory(slug="2017-2020")
    response = client.get(reverse("reviews:index"))
    assert response.status_code == 302 and "login" in response["Location"]
