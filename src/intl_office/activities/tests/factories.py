from __future__ import annotations

from datetime import date

import factory

from intl_office.activities.choices import ActivityFormat, ActivityKind, ActivityStatus, Direction
from intl_office.activities.models import Activity
from intl_office.core.tests.factories import COUNTRIES, PlaceFactory


class ActivityFactory(factory.django.DjangoModelFactory):
    """A delegation received at the town hall, held in person."""

    class Meta:
        model = Activity

    title_nl = factory.Sequence(lambda n: f"Ontvangst delegatie {n}")
    title_en = factory.Sequence(lambda n: f"Delegation received {n}")
    kind = ActivityKind.DELEGATION_RECEIVED
    direction = Direction.INCOMING
    start_date = date(2018, 5, 14)
    end_date = None
    countries = factory.Iterator([[code] for code in COUNTRIES])
    format = ActivityFormat.IN_PERSON
    status = ActivityStatus.HELD
    status_reason = ""
    delegation_size = factory.Iterator([3, 8, 12, 25])
    officials = "Mayor"

    class Params:
        cancelled = factory.Trait(status=ActivityStatus.CANCELLED, status_reason="COVID-19")
        postponed = factory.Trait(status=ActivityStatus.POSTPONED, status_reason="COVID-19")
        planned = factory.Trait(status=ActivityStatus.PLANNED)
        digital = factory.Trait(format=ActivityFormat.DIGITAL)
        abroad = factory.Trait(
            kind=ActivityKind.ACTIVITY_ABROAD,
            direction=Direction.OUTGOING,
            place=factory.SubFactory(PlaceFactory),
        )
