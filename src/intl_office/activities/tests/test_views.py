"""The activity pages, from the shared base tests, plus cancelling and the calendar."""

from __future__ import annotations

from datetime import date

import pytest

from intl_office.activities.tests.factories import ActivityFactory
from intl_office.activities.views import ActivityViews
from intl_office.core.tests.views import RecordViewsTests


class TestActivityViews(RecordViewsTests):
    views = ActivityViews
    factory = ActivityFactory
    editor = "policy advisor"
    viewer = "reader"
    outsider = "welcome desk"
    create = {
        "title_nl": "Bezoek ambassadeur Estland",
        "title_en": "Visit of the ambassador of Estonia",
        "kind": "ambassador_received",
        "direction": "incoming",
        "start_date": "2019-03-04",
        "date_precision": "day",
        "countries": "EE",
        "format": "in_person",
        "status": "held",
    }
    update = {"officials": "Mayor and alderman"}
    bad = ("start_date", "31-02-2019")


@pytest.mark.django_db
def test_cancelling_needs_a_reason_and_goes_through_the_service(client, user_in_role):
    activity = ActivityFactory(planned=True)
    client.force_login(user_in_role("policy advisor"))
    url = f"/activities/activities/{activity.pk}/cancel/"
    assert client.post(url, {"reason": ""}).status_code == 200
    response = client.post(url, {"reason": "COVID-19"})
    assert response.status_code == 302
    activity.refresh_from_db()
    assert (activity.status, activity.status_reason) == ("cancelled", "COVID-19")
    assert "COVID-19" in client.get(activity.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_the_edit_form_offers_no_cancelling_without_a_reason(client, user_in_role):
    client.force_login(user_in_role("policy advisor"))
    form = client.get("/activities/activities/new/").context["form"]
    assert [value for value, _label in form.fields["status"].choices] == ["planned", "held"]


@pytest.mark.django_db
def test_the_calendar_shows_the_month_and_links_the_feed(client, user_in_role):
    ActivityFactory(title_en="Hanseatic Days", start_date=date(2019, 5, 14))
    ActivityFactory(title_en="Other month", start_date=date(2019, 7, 1))
    client.force_login(user_in_role("reader"))
    content = client.get("/activities/calendar/", {"year": 2019, "month": 5}).content.decode()
    assert "Hanseatic Days" in content
    assert "Other month" not in content
    assert "/api/v1/feeds/activities.ics" in content
    assert client.get("/activities/calendar/", {"month": "x"}).status_code == 404


@pytest.mark.django_db
def test_readers_do_not_see_the_contact_people_of_an_activity(client, user_in_role):
    from intl_office.core.tests.factories import PersonFactory

    activity = ActivityFactory()
    activity.participants.add(PersonFactory(name="Anna de Vries"))
    client.force_login(user_in_role("reader"))
    assert "Anna de Vries" not in client.get(activity.get_absolute_url()).content.decode()
    client.force_login(user_in_role("policy advisor"))
    assert "Anna de Vries" in client.get(activity.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_the_calendar_hides_confidential_activities_from_a_reader(client, user_in_role):
    ActivityFactory(title_en="Open visit", start_date=date(2019, 5, 3))
    ActivityFactory(title_en="Quiet talks", start_date=date(2019, 5, 4), confidential=True)
    client.force_login(user_in_role("reader"))
    content = client.get("/activities/calendar/", {"year": 2019, "month": 5}).content.decode()
    assert "Open visit" in content and "Quiet talks" not in content
    client.force_login(user_in_role("policy advisor"))
    content = client.get("/activities/calendar/", {"year": 2019, "month": 5}).content.decode()
    assert "Quiet talks" in content


@pytest.mark.django_db
def test_a_personal_feed_address_gives_a_calendar_program_what_the_user_may_see(
    client, user_in_role
):
    from intl_office.users.services import api_token_issue, api_token_revoke

    ActivityFactory(title_en="Unpublished visit", start_date=date(2019, 5, 3))
    ActivityFactory(title_en="Quiet talks", start_date=date(2019, 5, 4), confidential=True)
    token, key = api_token_issue(user=user_in_role("reader"), name="calendar")
    response = client.get(f"/activities/calendar/feed/{key}.ics", {"lang": "en"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert "Unpublished visit" in body and "Quiet talks" not in body
    assert client.get("/activities/calendar/feed/not-a-key.ics").status_code == 404
    api_token_revoke(token=token)
    assert client.get(f"/activities/calendar/feed/{key}.ics").status_code == 404


@pytest.mark.django_db
def test_confidential_activities_are_hidden_from_a_reader_everywhere(client, user_in_role):
    from intl_office.core.tests.factories import PlaceFactory

    place = PlaceFactory(latitude=53.2, longitude=6.6)
    ActivityFactory(title_en="Open visit", start_date=date(2019, 5, 3), place=place)
    quiet = ActivityFactory(
        title_en="Quiet talks", start_date=date(2019, 5, 4), place=place, confidential=True
    )
    client.force_login(user_in_role("reader"))
    listing = client.get(ActivityViews.url("list")).content.decode()
    assert "Open visit" in listing and "Quiet talks" not in listing
    assert client.get(ActivityViews.url("detail", quiet.pk)).status_code == 404
    export = client.get(ActivityViews.url("export"), {"format": "csv"}).content.decode()
    assert "Open visit" in export and "Quiet talks" not in export
    assert "Quiet talks" not in client.get("/search/", {"q": "Quiet"}).content.decode()
    client.force_login(user_in_role("policy advisor"))
    assert "Quiet talks" in client.get(ActivityViews.url("list")).content.decode()


@pytest.mark.django_db
def test_the_map_shows_confidential_activities_only_to_roles_that_may_see_them(user_in_role):
    from intl_office.activities.selectors import activity_map_points
    from intl_office.core.tests.factories import PlaceFactory

    place = PlaceFactory(latitude=53.2, longitude=6.6)
    ActivityFactory(
        title_en="Quiet talks", start_date=date(2019, 5, 4), place=place, confidential=True
    )
    span = (date(2019, 1, 1), date(2019, 12, 31))
    assert activity_map_points(*span, user=user_in_role("reader")) == []
    assert len(activity_map_points(*span, user=user_in_role("policy advisor"))) == 1
