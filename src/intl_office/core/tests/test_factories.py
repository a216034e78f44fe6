"""The factories make valid records, fast enough to build a whole synthetic city."""

from __future__ import annotations

import time
from datetime import date

import pytest

from intl_office.activities.models import Activity
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
from intl_office.eu_projects.tests.factories import (
    EUProjectFactory,
    HandbookTaskFactory,
    ProgrammeFactory,
    ProjectPartnerFactory,
    ProjectTaskFactory,
    StrategyCoreThemeFactory,
)
from intl_office.indicators.tests.factories import ObservationFactory, TargetFactory
from intl_office.relations.tests.factories import (
    AgreementFactory,
    RelationFactory,
    RelationStatusChangeFactory,
)
from intl_office.reviews.tests.factories import NarrativeFactory
from intl_office.users.tests.factories import UserFactory
from intl_office.welcome_desk.models import DeskContact, DeskContactTopic
from intl_office.welcome_desk.tests.factories import (
    ClientAgreementFactory,
    DeskContactFactory,
    DeskContactTopicFactory,
    FormalityFactory,
    SatisfactionSurveyFactory,
    WelcomeServiceFactory,
)

pytestmark = pytest.mark.django_db

FACTORIES = [
    PlaceFactory,
    OrganisationFactory,
    PersonFactory,
    ThemeFactory,
    SourceFactory,
    PolicyPeriodFactory,
    PolicyLineFactory,
    MissionStatementFactory,
    RelationFactory,
    RelationStatusChangeFactory,
    AgreementFactory,
    ActivityFactory,
    ProgrammeFactory,
    EUProjectFactory,
    ProjectPartnerFactory,
    StrategyCoreThemeFactory,
    HandbookTaskFactory,
    ProjectTaskFactory,
    DeskContactFactory,
    DeskContactTopicFactory,
    FormalityFactory,
    ClientAgreementFactory,
    SatisfactionSurveyFactory,
    WelcomeServiceFactory,
    ObservationFactory,
    TargetFactory,
    NarrativeFactory,
    UserFactory,
]


@pytest.mark.parametrize("factory_class", FACTORIES, ids=lambda f: f.__name__)
def test_factory_makes_valid_records(factory_class):
    """Two records of each kind pass ``full_clean()`` (fields, choices, unique and check
    constraints), so a factory never hides a record the services would refuse."""
    first, second = factory_class.create_batch(2)
    first.full_clean()
    second.full_clean()
    assert first.pk != second.pk


def test_factories_build_a_synthetic_city_quickly():
    """Hundreds of records of a second, made-up city: no clash of unique names, in seconds."""
    began = time.monotonic()
    period = PolicyPeriodFactory(start=date(2021, 1, 1), end=date(2024, 12, 31))
    PolicyLineFactory.create_batch(3, period=period)
    places = PlaceFactory.create_batch(60)
    organisations = OrganisationFactory.create_batch(60)
    RelationFactory.create_batch(20)
    for index in range(150):
        ActivityFactory(start_date=date(2021 + index % 4, 1 + index % 12, 1 + index % 28))
    ActivityFactory.create_batch(20, abroad=True)
    EUProjectFactory.create_batch(25)
    DeskContactFactory.create_batch(200)
    FormalityFactory.create_batch(60)
    elapsed = time.monotonic() - began

    assert len({(p.name, p.country) for p in places}) == 60
    assert len({(o.name, o.country) for o in organisations}) == 60
    assert Activity.objects.count() == 170
    assert DeskContact.objects.count() == 200
    assert DeskContactTopic.objects.count() == 200
    assert elapsed < 20, f"building the synthetic city took {elapsed:.1f}s"
