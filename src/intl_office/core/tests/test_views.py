"""The shared records' pages from the shared base tests; the dashboard, search, login,
language switch and navigation per role."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import timezone, translation

from intl_office.activities.tests.factories import ActivityFactory
from intl_office.core.tests.factories import (
    MissionStatementFactory,
    OrganisationFactory,
    PersonFactory,
    PlaceFactory,
    PolicyLineFactory,
    PolicyPeriodFactory,
    SourceFactory,
    ThemeFactory,
)
from intl_office.core.tests.views import RecordViewsTests
from intl_office.core.views.records import (
    MissionStatementViews,
    OrganisationViews,
    PersonViews,
    PlaceViews,
    PolicyLineViews,
    PolicyPeriodViews,
    SourceViews,
    ThemeViews,
)
from intl_office.eu_projects.tests.factories import EUProjectFactory
from intl_office.indicators.models import Indicator, Observation
from intl_office.relations.tests.factories import AgreementFactory, RelationFactory


class TestPlaceViews(RecordViewsTests):
    views = PlaceViews
    factory = PlaceFactory
    editor = "welcome desk"
    viewer = "reader"
    create = {"name": "Kaunas", "country": "lt", "latitude": "54.9", "longitude": "23.9"}
    update = {"name": "Kaunas (city)"}
    bad = ("country", "Lithuania")


class TestOrganisationViews(RecordViewsTests):
    views = OrganisationViews
    factory = OrganisationFactory
    editor = "welcome desk"
    viewer = "reader"
    create = {"name": "Hanze University", "kind": "knowledge", "country": "NL"}
    update = {"acronym": "HUAS"}
    bad = ("website", "not an address")


class TestPersonViews(RecordViewsTests):
    views = PersonViews
    factory = PersonFactory
    editor = "EU projects officer"
    viewer = None
    outsider = "reader"
    create = {"name": "A. Jansen", "lawful_basis": "legitimate interest"}
    update = {"role": "Director"}
    bad = ("email", "not-an-address")


class TestThemeViews(RecordViewsTests):
    views = ThemeViews
    factory = ThemeFactory
    editor = "policy advisor"
    viewer = "welcome desk"
    create = {"slug": "hydrogen", "name_nl": "Waterstof", "name_en": "Hydrogen"}
    update = {"name_en": "Green hydrogen"}
    bad = ("slug", "not a slug!")


class TestSourceViews(RecordViewsTests):
    views = SourceViews
    factory = SourceFactory
    editor = "policy advisor"
    viewer = "welcome desk"
    create = {"title": "City monitor 2021", "publisher": "Gemeente", "kind": "document"}
    update = {"published": "2021"}
    bad = ("kind", "rumour")


class TestPolicyPeriodViews(RecordViewsTests):
    views = PolicyPeriodViews
    factory = PolicyPeriodFactory
    editor = "policy advisor"
    viewer = "welcome desk"
    create = {
        "slug": "2025-2028",
        "title_nl": "Beleid 2025-2028",
        "title_en": "Policy 2025-2028",
        "start": "2025-01-01",
        "end": "2028-12-31",
    }
    update = {"title_en": "Internationalisation policy, renewed"}
    bad = ("end", "later")


class TestPolicyLineViews(RecordViewsTests):
    views = PolicyLineViews
    factory = PolicyLineFactory
    editor = "policy advisor"
    viewer = "welcome desk"
    update = {"name_en": "Trade and investment"}
    bad = ("kind", "sports")

    def create_data(self):
        return {
            "period": PolicyPeriodFactory().pk,
            "kind": "trade",
            "order": 1,
            "name_nl": "Handel",
            "name_en": "Trade",
        }


@pytest.mark.django_db
def test_the_dashboard_shows_figures_attention_list_and_map(client, user_in_role):
    today = timezone.localdate()
    PolicyPeriodFactory(start=date(today.year, 1, 1), end=date(today.year + 3, 12, 31))
    place = PlaceFactory()
    quiet = RelationFactory(name_en="Quiet bond", counterpart_place=place)
    ActivityFactory(
        title_en="Old visit", start_date=today - timedelta(days=500), place=place
    ).relations.add(quiet)
    busy = RelationFactory(name_en="Busy bond")
    ActivityFactory(title_en="Recent visit", start_date=today).relations.add(busy)
    AgreementFactory(
        relation=busy, title_en="Expiring letter", valid_until=today + timedelta(days=30)
    )
    AgreementFactory(relation=busy, title_en="Far letter", valid_until=today + timedelta(days=400))
    EUProjectFactory(acronym="DEADLN", deadline=today + timedelta(days=10))
    client.force_login(user_in_role("policy advisor"))
    response = client.get("/")
    content = response.content.decode()
    assert "Expiring letter" in content and "Far letter" not in content
    assert [r.name_en for r in response.context["quiet"]] == ["Quiet bond"]
    assert "DEADLN" in content
    assert "countries-110m.json" in content
    assert {p["name"] for p in response.context["points"]} >= {"Quiet bond"}


@pytest.mark.django_db
def test_the_welcome_desk_dashboard_shows_no_relations(client, user_in_role):
    RelationFactory(name_en="Quiet bond")
    client.force_login(user_in_role("welcome desk"))
    response = client.get("/")
    assert response.status_code == 200
    assert "Quiet bond" not in response.content.decode()
    assert "quiet" not in response.context


@pytest.mark.parametrize(
    ("role", "sees", "does_not_see"),
    [
        ("welcome desk", ["Record a desk contact", "Desk contacts"], ["Relations", "EU projects"]),
        ("reader", ["Relations", "Desk contacts", "Policy reviews"], ["Record a desk contact"]),
        ("EU projects officer", ["EU projects", "Contact people"], ["Record a desk contact"]),
    ],
)
def test_the_navigation_shows_what_the_role_may_see(client, user_in_role, role, sees, does_not_see):
    client.force_login(user_in_role(role))
    nav = client.get("/").content.decode().split('<main id="main"')[0]
    for label in sees:
        assert label in nav
    for label in does_not_see:
        assert f">{label}<" not in nav


@pytest.mark.django_db
def test_login_logout_and_language_switch(client, user_in_role):
    user = user_in_role("reader", username="lotte")
    assert client.get("/").status_code == 302
    response = client.post(
        "/accounts/login/",
        {"username": "lotte", "password": "correct horse battery staple"},
        follow=True,
    )
    assert response.context["user"] == user
    response = client.post("/i18n/setlang/", {"language": "nl", "next": "/"}, follow=True)
    assert '<html lang="nl">' in response.content.decode()
    client.post("/accounts/logout/")
    assert client.get("/").status_code == 302


@pytest.mark.django_db
def test_the_header_search_finds_records_by_name_acronym_and_place(client, user_in_role):
    tartu = PlaceFactory(name="Tartu", country="EE")
    RelationFactory(name_en="Sister city bond", counterpart_place=tartu)
    OrganisationFactory(name="University of Tartu", acronym="UT")
    EUProjectFactory(acronym="ZAPHOD")
    client.force_login(user_in_role("reader"))
    content = client.get("/search/", {"q": "tartu"}).content.decode()
    assert "Sister city bond" in content
    assert "University of Tartu" in content
    assert "ZAPHOD" in client.get("/search/", {"q": "zaphod"}).content.decode()


class TestMissionStatementViews(RecordViewsTests):
    views = MissionStatementViews
    factory = MissionStatementFactory
    editor = "policy advisor"
    viewer = "reader"
    update = {"text_en": "The city welcomes international talent."}
    bad = ("order", "top")

    def create_data(self):
        return {
            "period": PolicyPeriodFactory().pk,
            "order": 5,
            "text_nl": "De stad verbindt.",
            "text_en": "The city connects.",
        }


@pytest.mark.django_db
def test_the_dashboard_shows_a_reported_figure_with_its_qualifier(client, user_in_role):
    today = timezone.localdate()
    period = PolicyPeriodFactory(start=date(today.year, 1, 1), end=date(today.year, 12, 31))
    indicator = Indicator.objects.get(code="nationalities-served")
    Observation.objects.create(
        indicator=indicator,
        period_kind="range",
        period_start=period.start,
        period_end=period.end,
        value=100,
        qualifier="more_than",
    )
    client.force_login(user_in_role("reader"))
    with translation.override("en"):
        content = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "<strong>more than 100</strong>" in content
