"""The review page and its downloads: who may read them, the language switch, the formats."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import reverse

from intl_office.core.tests.factories import PolicyLineFactory, PolicyPeriodFactory
from intl_office.users.roles import POLICY_ADVISOR, READER, WELCOME_DESK

pytestmark = pytest.mark.django_db


@pytest.fixture
def period():
    period = PolicyPeriodFactory(slug="2021-2023", title_en="Policy 2021-2023")
    PolicyLineFactory(period=period, kind="welcome", order=1, name_en="Welcome")
    return period


def page(period, lang="en"):
    return reverse("reviews:page", args=[period.slug]) + f"?lang={lang}"


def test_anonymous_users_are_sent_to_log_in_until_the_period_is_published(client, period):
    response = client.get(page(period))
    assert response.status_code == 302
    assert response["Location"].startswith(resolve_url(settings.LOGIN_URL))
    period.published = True
    period.save()
    assert client.get(page(period)).status_code == 200


def test_the_welcome_desk_may_not_read_the_review(client, period, user_in_role):
    client.force_login(user_in_role(WELCOME_DESK))
    assert client.get(page(period)).status_code == 403
    download = reverse("reviews:download", args=[period.slug, "md"])
    assert client.get(download).status_code == 403


@pytest.mark.parametrize("role", [READER, POLICY_ADVISOR])
def test_roles_that_generate_reviews_get_the_page_with_a_download_per_format(
    client, period, user_in_role, role
):
    client.force_login(user_in_role(role))
    response = client.get(page(period))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Review: Policy 2021-2023</h1>" in html
    for fmt in ("html", "pdf", "docx", "md"):
        assert f'/reviews/2021-2023/download/{fmt}?lang=en"' in html
    assert "vendor/vega/vega-embed" in html
    assert 'hreflang="nl"' in html


def test_the_language_switch_gives_the_dutch_review(client, period, user_in_role):
    client.force_login(user_in_role(READER))
    response = client.get(page(period, "nl"))
    assert response["Content-Language"] == "nl"
    assert '<html lang="nl">' in response.content.decode()


def test_download_is_an_attachment_in_the_format(client, period, user_in_role):
    client.force_login(user_in_role(READER))
    response = client.get(reverse("reviews:download", args=[period.slug, "md"]) + "?lang=en")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/markdown")
    assert 'filename="review-2021-2023-en.md"' in response["Content-Disposition"]
    assert response.content.decode().startswith("# Review: Policy 2021-2023")


def test_unknown_format_or_language_is_not_found(client, period, user_in_role):
    client.force_login(user_in_role(READER))
    assert client.get(reverse("reviews:download", args=[period.slug, "odt"])).status_code == 404
    assert client.get(page(period, "fr")).status_code == 404


def test_derived_figures_link_to_their_records_in_the_page(client, user_in_role):
    from intl_office.reviews.tests.city import build_city

    period = build_city()
    client.force_login(user_in_role(READER))
    html = client.get(page(period)).content.decode()
    assert 'href="/admin/welcome_desk/deskcontact/?occurred_at__date__gte=2021-01-01&amp;' in html
