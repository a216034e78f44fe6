from __future__ import annotations

from datetime import date
from decimal import Decimal

import factory

from intl_office.core.tests.factories import OrganisationFactory, ThemeFactory, unique
from intl_office.eu_projects.choices import PartnerRole, ProjectRole, ProjectStatus
from intl_office.eu_projects.models import (
    EUProject,
    Handbook,
    HandbookPhase,
    HandbookTask,
    Programme,
    ProjectPartner,
    ProjectTask,
    Strategy,
    StrategyCoreTheme,
)

PROGRAMMES = [
    ("Horizon 2020", "H2020"),
    ("Interreg North Sea Region", "Interreg NSR"),
    ("URBACT III", "URBACT"),
    ("Erasmus+", "Erasmus+"),
    ("EIT Health", "EIT Health"),
    ("LIFE", "LIFE"),
]


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme

    name = factory.Sequence(lambda n: unique(PROGRAMMES[n % len(PROGRAMMES)][0]))
    short_name = factory.Sequence(lambda n: PROGRAMMES[n % len(PROGRAMMES)][1])
    url = "https://ec.europa.eu/programmes"


class StrategyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Strategy

    name_en = factory.Sequence(lambda n: unique(f"Europe strategy {2019 + n % 5}"))
    name_nl = factory.LazyAttribute(
        lambda o: o.name_en.replace("Europe strategy", "Europastrategie")
    )
    adopted_year = 2019


class StrategyCoreThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StrategyCoreTheme

    strategy = factory.SubFactory(StrategyFactory)
    theme = factory.SubFactory(ThemeFactory)
    year = 2019
    order = factory.Sequence(lambda n: n + 1)


class HandbookFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Handbook

    name_en = factory.Sequence(lambda n: unique("Handbook EU projects"))
    name_nl = "Handboek EU-projecten"
    published_year = 2019


class HandbookPhaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HandbookPhase

    handbook = factory.SubFactory(HandbookFactory)
    order = factory.Sequence(lambda n: n + 1)
    name_nl = factory.LazyAttribute(lambda o: f"Fase {o.order}")
    name_en = factory.LazyAttribute(lambda o: f"Phase {o.order}")


class HandbookTaskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HandbookTask

    phase = factory.SubFactory(HandbookPhaseFactory)
    order = factory.Sequence(lambda n: n + 1)
    title_nl = factory.LazyAttribute(lambda o: f"Taak {o.order}")
    title_en = factory.LazyAttribute(lambda o: f"Task {o.order}")


class EUProjectFactory(factory.django.DjangoModelFactory):
    """A running project in which the city is a partner, with consistent budgets."""

    class Meta:
        model = EUProject
        skip_postgeneration_save = True

    acronym = factory.Sequence(lambda n: f"PRJ{n:03d}")
    title = factory.LazyAttribute(lambda o: f"{o.acronym}: cities working together")
    programme = factory.SubFactory(ProgrammeFactory)
    grant_id = factory.Sequence(lambda n: f"{800000 + n}")
    start_date = date(2018, 1, 1)
    end_date = date(2021, 12, 31)
    status = ProjectStatus.RUNNING
    role = ProjectRole.PARTNER
    budget_total = Decimal("2000000.00")
    eu_contribution = factory.LazyAttribute(
        lambda o: (o.budget_total * Decimal("0.7")).quantize(Decimal("0.01"))
    )
    own_budget = factory.LazyAttribute(
        lambda o: (o.budget_total * Decimal("0.1")).quantize(Decimal("0.01"))
    )
    own_eu_contribution = factory.LazyAttribute(
        lambda o: (o.own_budget * Decimal("0.7")).quantize(Decimal("0.01"))
    )

    @factory.post_generation
    def themes(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            self.themes.set(extracted)


class ProjectPartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProjectPartner

    project = factory.SubFactory(EUProjectFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = PartnerRole.PARTNER


class ProjectTaskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProjectTask

    project = factory.SubFactory(EUProjectFactory)
    task = factory.SubFactory(HandbookTaskFactory)
    due_on = date(2019, 6, 1)
    done_on = None
