"""Query-count ceilings at scale: a list page makes as many queries for 1,000 records as for 10
(the shared base tests check 31 against 1 for every record type)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from intl_office.activities.models import Activity
from intl_office.activities.tests.factories import ActivityFactory
from intl_office.core.tests.factories import PlaceFactory
from intl_office.relations.models import Relation
from intl_office.relations.tests.factories import RelationFactory
from intl_office.welcome_desk.models import DeskContact
from intl_office.welcome_desk.tests.factories import DeskContactFactory


def more_activities(n: int) -> None:
    place = PlaceFactory()
    Activity.objects.bulk_create(
        Activity(
            title_nl=f"Bezoek {i}",
            title_en=f"Visit {i}",
            kind="delegation_received",
            direction="incoming",
            start_date=date(2019, 1, 1) + timedelta(days=i % 365),
            place=place,
        )
        for i in range(n)
    )


def more_relations(n: int) -> None:
    place = PlaceFactory()
    start = Relation.objects.count()
    Relation.objects.bulk_create(
        Relation(
            slug=f"bulk-{i}",
            name_nl=f"Relatie {i}",
            name_en=f"Relation {i}",
            kind="informal",
            counterpart_place=place,
        )
        for i in range(start, start + n)
    )


def more_contacts(n: int) -> None:
    when = DeskContact.objects.values_list("occurred_at", flat=True).first()
    DeskContact.objects.bulk_create(
        DeskContact(occurred_at=when, channel="visit") for _ in range(n)
    )


@pytest.mark.parametrize(
    ("url", "factory", "more"),
    [
        ("/activities/activities/", ActivityFactory, more_activities),
        ("/relations/relations/", RelationFactory, more_relations),
        ("/welcome-desk/contacts/", DeskContactFactory, more_contacts),
    ],
)
def test_a_list_of_1000_records_takes_as_many_queries_as_one_of_10(
    client, user_in_role, django_assert_max_num_queries, url, factory, more
):
    client.force_login(user_in_role("administrator"))
    factory()
    more(9)
    with CaptureQueriesContext(connection) as ten:
        assert client.get(url).status_code == 200
    more(990)
    with django_assert_max_num_queries(len(ten)):
        response = client.get(url, {"page": 40})
    assert response.context["table"].paginator.count == 1000
    assert response.context["table"].page.number == 40
