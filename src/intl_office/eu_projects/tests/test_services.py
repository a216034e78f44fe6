from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from intl_office.core.selectors import journal_of
from intl_office.eu_projects.models import EUProject, ProjectTask
from intl_office.eu_projects.services import eu_project_advance_phase, project_task_complete
from intl_office.eu_projects.tests.factories import (
    EUProjectFactory,
    HandbookFactory,
    HandbookPhaseFactory,
    HandbookTaskFactory,
)

pytestmark = pytest.mark.django_db

ON = date(2019, 5, 1)


@pytest.fixture
def handbook():
    """A handbook of three phases: idea (two tasks), proposal (one task), running (no task)."""
    handbook = HandbookFactory()
    idea = HandbookPhaseFactory(handbook=handbook, order=1, name_en="Idea")
    proposal = HandbookPhaseFactory(handbook=handbook, order=2, name_en="Proposal")
    HandbookPhaseFactory(handbook=handbook, order=3, name_en="Running")
    HandbookTaskFactory(phase=idea, order=1, title_en="Check the strategy")
    HandbookTaskFactory(phase=idea, order=2, title_en="Find partners")
    HandbookTaskFactory(phase=proposal, order=1, title_en="Write the proposal")
    return handbook


def open_tasks(project: EUProject) -> list[str]:
    return [
        t.task.title_en for t in ProjectTask.objects.filter(project=project, done_on__isnull=True)
    ]


def test_first_advance_opens_the_first_phase_and_its_tasks(handbook):
    project = EUProjectFactory(phase=None)

    phase = eu_project_advance_phase(project=project, on=ON, handbook=handbook)

    project.refresh_from_db()
    assert project.phase == phase
    assert phase.name_en == "Idea"
    assert open_tasks(project) == ["Check the strategy", "Find partners"]
    [entry] = journal_of(project)
    assert (entry.date, entry.text_en) == (ON, "Phase: Idea.")


def test_advance_is_refused_while_tasks_are_open(handbook):
    project = EUProjectFactory(phase=None)
    eu_project_advance_phase(project=project, on=ON, handbook=handbook)

    with pytest.raises(ValidationError, match="Find partners"):
        eu_project_advance_phase(project=project, on=ON)
    project.refresh_from_db()
    assert project.phase.name_en == "Idea"


def test_advance_after_the_tasks_are_done(handbook):
    project = EUProjectFactory(phase=None)
    eu_project_advance_phase(project=project, on=ON, handbook=handbook)
    for task in ProjectTask.objects.filter(project=project):
        project_task_complete(project_task=task, on=ON)

    phase = eu_project_advance_phase(project=project, on=ON)

    assert phase.name_en == "Proposal"
    assert open_tasks(project) == ["Write the proposal"]


def test_force_advances_with_open_tasks_and_keeps_them_open(handbook):
    project = EUProjectFactory(phase=None)
    eu_project_advance_phase(project=project, on=ON, handbook=handbook)

    phase = eu_project_advance_phase(project=project, on=ON, force=True)

    assert phase.name_en == "Proposal"
    assert open_tasks(project) == ["Check the strategy", "Find partners", "Write the proposal"]


def test_last_phase_refuses_to_advance(handbook):
    project = EUProjectFactory(phase=handbook.phases.get(order=3))
    with pytest.raises(ValidationError, match="last phase"):
        eu_project_advance_phase(project=project, on=ON, force=True)


def test_no_handbook_refuses():
    project = EUProjectFactory(phase=None)
    with pytest.raises(ValidationError):
        eu_project_advance_phase(project=project, on=ON)
    project.refresh_from_db()
    assert project.phase is None


def test_a_task_is_completed_once(handbook):
    project = EUProjectFactory(phase=None)
    eu_project_advance_phase(project=project, on=ON, handbook=handbook)
    task = ProjectTask.objects.filter(project=project).first()

    project_task_complete(project_task=task, on=ON)
    with pytest.raises(ValidationError):
        project_task_complete(project_task=task, on=date(2019, 6, 1))
    task.refresh_from_db()
    assert task.done_on == ON


# (field overrides, allowed)
BUDGET_CASES = [
    ({}, True),
    ({"eu_contribution": Decimal("2000000.01")}, False),
    ({"own_budget": Decimal("2500000")}, False),
    ({"own_budget": Decimal("100"), "own_eu_contribution": Decimal("101")}, False),
    (
        {
            "budget_total": Decimal("-1"),
            "eu_contribution": None,
            "own_budget": None,
            "own_eu_contribution": None,
        },
        False,
    ),
    (
        {
            "budget_total": None,
            "eu_contribution": Decimal("5"),
            "own_budget": Decimal("2"),
            "own_eu_contribution": Decimal("1"),
        },
        True,
    ),
    ({"start_date": date(2020, 1, 1), "end_date": date(2019, 12, 31)}, False),
]


@pytest.mark.parametrize(("overrides", "allowed"), BUDGET_CASES)
def test_budget_and_date_rules(overrides, allowed):
    project = EUProjectFactory.build(programme=None, **overrides)
    if allowed:
        project.full_clean()
        project.save()
        assert EUProject.objects.filter(pk=project.pk).exists()
    else:
        with pytest.raises(ValidationError):
            project.full_clean()
        with pytest.raises(IntegrityError), transaction.atomic():
            project.save()
        assert not EUProject.objects.filter(acronym=project.acronym).exists()
