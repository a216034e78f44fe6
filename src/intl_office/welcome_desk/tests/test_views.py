"""The welcome desk pages, from the shared base tests, plus the quick entry."""

from __future__ import annotations

import pytest
from django.utils import timezone

from intl_office.core.tests.views import RecordViewsTests
from intl_office.welcome_desk.models import DeskContact
from intl_office.welcome_desk.tests.factories import (
    ClientAgreementFactory,
    DeskContactFactory,
    FormalityFactory,
    SatisfactionSurveyFactory,
    WelcomeServiceFactory,
)
from intl_office.welcome_desk.views import (
    ClientAgreementViews,
    DeskContactViews,
    FormalityViews,
    SatisfactionSurveyViews,
    WelcomeServiceViews,
)


class TestDeskContactViews(RecordViewsTests):
    views = DeskContactViews
    factory = DeskContactFactory
    editor = "welcome desk"
    viewer = "reader"
    create = {
        "occurred_at": "2021-03-02 10:15",
        "channel": "visit",
        "topics": ["housing", "tax"],
        "nationality": "IN",
        "customer_type": "student",
    }
    update = {"language": "de"}
    bad = ("nationality", "XX")


class TestFormalityViews(RecordViewsTests):
    views = FormalityViews
    factory = FormalityFactory
    editor = "welcome desk"
    create = {"kind": "brp_registration", "handled_on": "2021-03-02", "nationality": "br"}
    update = {"nationality": "PT"}
    bad = ("handled_on", "yesterday")


class TestClientAgreementViews(RecordViewsTests):
    views = ClientAgreementViews
    factory = ClientAgreementFactory
    editor = "welcome desk"
    update = {"until": "2025-12-31"}
    bad = ("since", "once")

    def create_data(self):
        from intl_office.core.tests.factories import OrganisationFactory

        return {"organisation": OrganisationFactory().pk, "since": "2020-01-01"}


class TestSatisfactionSurveyViews(RecordViewsTests):
    views = SatisfactionSurveyViews
    factory = SatisfactionSurveyFactory
    editor = "welcome desk"
    create = {
        "period_start": "2021-01-01",
        "period_end": "2021-12-31",
        "responses": 10,
        "very_satisfied": 6,
        "satisfied": 4,
        "neutral": 0,
        "dissatisfied": 0,
        "very_dissatisfied": 0,
    }
    update = {"period_end": "2019-12-30"}
    bad = ("responses", "-1")


class TestWelcomeServiceViews(RecordViewsTests):
    views = WelcomeServiceViews
    factory = WelcomeServiceFactory
    editor = "welcome desk"
    create = {"name": "Welcome weekend", "kind": "event", "active": True}
    update = {"recurring": "yearly"}
    bad = ("kind", "party")


@pytest.mark.django_db
def test_quick_entry_records_a_contact_and_counts_it_in_the_tally(client, user_in_role):
    desk = user_in_role("welcome desk")
    client.force_login(desk)
    response = client.get("/welcome-desk/")
    assert response.context["total"] == 0
    response = client.post(
        "/welcome-desk/",
        {"channel": "phone", "topics": ["residence_permit"], "nationality": "IN"},
        follow=True,
    )
    contact = DeskContact.objects.get()
    assert contact.handled_by == desk
    assert [t.topic for t in contact.topics.all()] == ["residence_permit"]
    assert timezone.localdate(contact.occurred_at) == timezone.localdate()
    assert response.context["total"] == 1
    assert ("Phone", 1) in [(str(c).capitalize(), n) for c, n in response.context["per_channel"]]
    # The next contact starts with the same channel: one click less for a run of calls.
    assert response.context["form"].initial["channel"] == "phone"


@pytest.mark.django_db
def test_quick_entry_needs_a_topic_and_says_so(client, user_in_role):
    client.force_login(user_in_role("welcome desk"))
    response = client.post("/welcome-desk/", {"channel": "visit"})
    assert response.status_code == 200
    assert 'id="error-summary"' in response.content.decode()
    assert not DeskContact.objects.exists()


@pytest.mark.django_db
def test_readers_cannot_record_desk_contacts(client, user_in_role):
    client.force_login(user_in_role("reader"))
    assert client.get("/welcome-desk/").status_code == 403


@pytest.mark.django_db
def test_the_export_gives_the_time_of_a_contact_as_it_was_entered(client, user_in_role):
    client.force_login(user_in_role("welcome desk"))
    client.post(
        "/welcome-desk/",
        {"occurred_at": "2021-07-01T14:30", "channel": "visit", "topics": ["tax"]},
    )
    text = client.get("/welcome-desk/contacts/export/", {"format": "csv"}).content.decode()
    assert "2021-07-01 14:30:00" in text
