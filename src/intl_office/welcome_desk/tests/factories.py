from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import factory

from intl_office.core.tests.factories import OrganisationFactory, unique
from intl_office.welcome_desk.choices import (
    Channel,
    CustomerType,
    FormalityKind,
    ServiceKind,
    Topic,
)
from intl_office.welcome_desk.models import (
    ClientAgreement,
    DeskContact,
    DeskContactTopic,
    Formality,
    SatisfactionSurvey,
    WelcomeService,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NATIONALITIES = ["IN", "DE", "CN", "IT", "US", "ES", "TR", "BR", "GB", "SY", "PL", "GR"]


def local(*args: int) -> datetime:
    """An aware datetime in the office's time zone."""
    return datetime(*args, tzinfo=AMSTERDAM)  # type: ignore[misc]


class DeskContactFactory(factory.django.DjangoModelFactory):
    """An anonymous contact during office hours; ``topics=[...]`` adds its topics."""

    class Meta:
        model = DeskContact
        skip_postgeneration_save = True

    occurred_at = factory.Sequence(
        lambda n: local(2019, 1, 7, 9, 0) + timedelta(hours=(n % 8), days=n // 8)
    )
    channel = factory.Iterator([Channel.VISIT, Channel.EMAIL, Channel.PHONE])
    nationality = factory.Iterator(NATIONALITIES)
    customer_type = factory.Iterator(
        [
            CustomerType.KNOWLEDGE_WORKER,
            CustomerType.STUDENT,
            CustomerType.RESEARCHER,
            CustomerType.PARTNER,
        ]
    )
    language = "en"

    @factory.post_generation
    def topics(self, create: bool, extracted: list[str] | None, **kwargs: object) -> None:
        if create:
            for topic in extracted if extracted is not None else [Topic.RESIDENCE_PERMIT]:
                DeskContactTopic.objects.create(contact=self, topic=topic)


class DeskContactTopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DeskContactTopic

    contact = factory.SubFactory(DeskContactFactory, topics=[])
    topic = Topic.HOUSING


class FormalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Formality

    kind = factory.Iterator([FormalityKind.IND_RESIDENCE_PERMIT, FormalityKind.BRP_REGISTRATION])
    handled_on = factory.Sequence(lambda n: date(2019, 1, 2) + timedelta(days=n % 360))
    nationality = factory.Iterator(NATIONALITIES)


class ClientAgreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClientAgreement

    organisation = factory.SubFactory(OrganisationFactory, kind="knowledge", country="NL")
    since = date(2017, 1, 1)
    until = None


class SatisfactionSurveyFactory(factory.django.DjangoModelFactory):
    """A survey whose answers add up to its number of responses."""

    class Meta:
        model = SatisfactionSurvey

    period_start = date(2019, 1, 1)
    period_end = date(2019, 12, 31)
    very_satisfied = 60
    satisfied = 30
    neutral = 6
    dissatisfied = 3
    very_dissatisfied = 1
    responses = factory.LazyAttribute(
        lambda o: o.very_satisfied + o.satisfied + o.neutral + o.dissatisfied + o.very_dissatisfied
    )


class WelcomeServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WelcomeService

    name = factory.Sequence(
        lambda n: unique(["Expat portal", "Welcome fair", "Housing platform"][n % 3])
    )
    kind = factory.Iterator([ServiceKind.PORTAL, ServiceKind.EVENT, ServiceKind.TOOL])
    owner = factory.SubFactory(OrganisationFactory)
    url = "https://welcome.example.org"
    languages = ["en", "nl"]
    audience_en = "internationals and their families"
