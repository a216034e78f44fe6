from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from intl_office.core.tests.factories import ThemeFactory
from intl_office.eu_projects.selectors import (
    ProjectGroup,
    project_deadlines,
    project_open_tasks,
    projects_by_programme,
    projects_by_role,
    projects_by_theme,
    projects_in,
)
from intl_office.eu_projects.tests.factories import (
    EUProjectFactory,
    ProgrammeFactory,
    ProjectTaskFactory,
)

pytestmark = pytest.mark.django_db

START, END = date(2017, 1, 1), date(2020, 12, 31)


def money(value: str) -> Decimal:
    return Decimal(value)


@pytest.fixture
def portfolio():
    energy = ThemeFactory(slug="energy")
    health = ThemeFactory(slug="health")
    horizon = ProgrammeFactory(name="Horizon 2020")
    interreg = ProgrammeFactory(name="Interreg North Sea Region")
    EUProjectFactory(
        acronym="MAKING-CITY",
        programme=horizon,
        role="lead",
        themes=[energy, health],
        budget_total=money("1000"),
        eu_contribution=money("700"),
        own_budget=money("100"),
        own_eu_contribution=money("70"),
    )
    EUProjectFactory(
        acronym="SEEV4-CITY",
        programme=interreg,
        role="partner",
        themes=[energy],
        budget_total=money("500"),
        eu_contribution=money("250"),
        own_budget=money("50"),
        own_eu_contribution=money("25"),
    )
    # unknown dates and budgets: counted, adds nothing to the sums
    EUProjectFactory(
        acronym="UNKNOWN",
        programme=interreg,
        role="partner",
        themes=[health],
        start_date=None,
        end_date=None,
        budget_total=None,
        eu_contribution=None,
        own_budget=None,
        own_eu_contribution=None,
    )
    # runs across the start of the period: counted
    EUProjectFactory(
        acronym="EARLIER",
        programme=horizon,
        role="",
        themes=[],
        start_date=date(2014, 1, 1),
        end_date=date(2017, 1, 1),
        budget_total=money("10"),
        eu_contribution=money("5"),
        own_budget=money("1"),
        own_eu_contribution=money("1"),
    )
    # outside the period: never counted
    EUProjectFactory(
        acronym="ENDED-2016",
        programme=horizon,
        role="lead",
        themes=[energy],
        start_date=date(2014, 1, 1),
        end_date=date(2016, 12, 31),
    )
    EUProjectFactory(
        acronym="STARTS-2021",
        programme=interreg,
        role="partner",
        themes=[health],
        start_date=date(2021, 1, 1),
        end_date=None,
    )


def test_projects_in_the_period(portfolio):
    acronyms = set(projects_in(START, END).values_list("acronym", flat=True))
    assert acronyms == {"MAKING-CITY", "SEEV4-CITY", "UNKNOWN", "EARLIER"}


def test_by_theme_a_project_with_two_themes_counts_in_both(portfolio):
    assert projects_by_theme(START, END) == [
        ProjectGroup("energy", 2, money("1500"), money("950"), money("150"), money("95")),
        ProjectGroup("health", 2, money("1000"), money("700"), money("100"), money("70")),
        ProjectGroup(None, 1, money("10"), money("5"), money("1"), money("1")),
    ]


def test_by_programme(portfolio):
    assert projects_by_programme(START, END) == [
        ProjectGroup("Horizon 2020", 2, money("1010"), money("705"), money("101"), money("71")),
        ProjectGroup(
            "Interreg North Sea Region", 2, money("500"), money("250"), money("50"), money("25")
        ),
    ]


def test_by_role(portfolio):
    assert projects_by_role(START, END) == [
        ProjectGroup("", 1, money("10"), money("5"), money("1"), money("1")),
        ProjectGroup("lead", 1, money("1000"), money("700"), money("100"), money("70")),
        ProjectGroup("partner", 2, money("500"), money("250"), money("50"), money("25")),
    ]


def test_groups_without_budgets_sum_to_none_not_zero():
    EUProjectFactory(
        role="associated",
        budget_total=None,
        eu_contribution=None,
        own_budget=None,
        own_eu_contribution=None,
    )
    [group] = projects_by_role(START, END)
    assert (group.key, group.count, group.budget_total) == ("associated", 1, None)


def test_open_tasks_and_deadlines():
    project = EUProjectFactory(deadline=date(2019, 3, 1))
    EUProjectFactory(deadline=date(2022, 3, 1))
    open_task = ProjectTaskFactory(project=project)
    ProjectTaskFactory(project=project, done_on=date(2019, 1, 1))

    assert list(project_open_tasks(project)) == [open_task]
    assert list(project_deadlines(START, END)) == [project]
