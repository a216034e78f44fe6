from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from intl_office.core.tests.factories import OrganisationFactory
from intl_office.welcome_desk.models import DeskContact, DeskContactTopic
from intl_office.welcome_desk.services import desk_contact_record
from intl_office.welcome_desk.tests.factories import (
    ClientAgreementFactory,
    SatisfactionSurveyFactory,
    local,
)

pytestmark = pytest.mark.django_db

WHEN = local(2020, 2, 3, 14, 15)


def test_records_an_anonymous_contact_with_its_topics():
    employer = OrganisationFactory(kind="company", country="NL")

    contact = desk_contact_record(
        occurred_at=WHEN,
        channel="visit",
        topics=["housing", "residence_permit", "housing"],
        nationality="IN",
        customer_type="knowledge_worker",
        client_organisation=employer,
        language="en",
    )

    contact = DeskContact.objects.get(pk=contact.pk)
    assert contact.occurred_at == WHEN
    assert (contact.channel, contact.nationality, contact.client_organisation) == (
        "visit",
        "IN",
        employer,
    )
    assert sorted(contact.topics.values_list("topic", flat=True)) == ["housing", "residence_permit"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"nationality": "XX"}, "nationality"),
        ({"nationality": "in"}, "nationality"),
        ({"nationality": "IND"}, "nationality"),
        ({"topics": ["housing", "astrology"]}, "topics"),
        ({"channel": "pigeon"}, "channel"),
        ({"customer_type": "tourist"}, "customer_type"),
    ],
)
def test_a_wrong_value_is_refused_and_nothing_is_written(changes, field):
    arguments = {
        "occurred_at": WHEN,
        "channel": "email",
        "topics": ["housing"],
        "nationality": "DE",
        **changes,
    }

    with pytest.raises(ValidationError) as error:
        desk_contact_record(**arguments)

    assert field in error.value.message_dict
    assert DeskContact.objects.count() == 0
    assert DeskContactTopic.objects.count() == 0


def test_unknown_nationality_may_be_left_empty():
    contact = desk_contact_record(occurred_at=WHEN, channel="phone", topics=[])
    assert contact.nationality == ""
    assert not contact.topics.exists()


@pytest.mark.parametrize(
    ("factory", "overrides"),
    [
        (SatisfactionSurveyFactory, {"responses": 99}),  # answers do not add up
        (
            SatisfactionSurveyFactory,
            {"period_start": local(2020, 1, 1).date(), "period_end": local(2019, 1, 1).date()},
        ),
        (
            ClientAgreementFactory,
            {"since": local(2020, 1, 1).date(), "until": local(2019, 1, 1).date()},
        ),
    ],
)
def test_database_refuses_inconsistent_records(factory, overrides):
    with pytest.raises(IntegrityError), transaction.atomic():
        factory(**overrides)
