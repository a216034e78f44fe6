from __future__ import annotations

from datetime import date
from decimal import Decimal

import factory

from intl_office.core.choices import PolicyLineKind
from intl_office.core.tests.factories import PolicyPeriodFactory, SourceFactory
from intl_office.indicators.choices import PeriodKind, Qualifier, Unit
from intl_office.indicators.models import Indicator, Observation, Target


class IndicatorFactory(factory.django.DjangoModelFactory):
    """A reported indicator; pass ``derivation=`` for one computed from records."""

    class Meta:
        model = Indicator

    code = factory.Sequence(lambda n: f"international-students-{n}")
    name_nl = "Internationale studenten"
    name_en = "International students"
    unit = Unit.COUNT
    policy_line_kind = PolicyLineKind.WELCOME
    derivation = ""
    order = factory.Sequence(lambda n: 100 + n)


class ObservationFactory(factory.django.DjangoModelFactory):
    """A reported value for a calendar year, cited from a city monitor."""

    class Meta:
        model = Observation

    indicator = factory.SubFactory(IndicatorFactory)
    period_kind = PeriodKind.YEAR
    period_start = date(2018, 1, 1)
    period_end = factory.LazyAttribute(lambda o: date(o.period_start.year, 12, 31))
    value = Decimal("10375")
    qualifier = Qualifier.EXACT
    source = factory.SubFactory(SourceFactory)
    source_locator = "table 3"


class TargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Target

    indicator = factory.SubFactory(IndicatorFactory)
    period = factory.SubFactory(PolicyPeriodFactory)
    value = Decimal("12000")
    qualifier = Qualifier.AT_LEAST
