"""Reads and figures on EU projects. Budget sums are SQL aggregates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Count, F, Q, QuerySet, Sum

from intl_office.eu_projects.models import EUProject, ProjectTask


def projects_in(start: date, end: date) -> QuerySet[EUProject]:
    """Projects running at some time in the period; a project with unknown dates counts."""
    return EUProject.objects.filter(
        Q(start_date__isnull=True) | Q(start_date__lte=end),
        Q(end_date__isnull=True) | Q(end_date__gte=start),
    )


@dataclass(frozen=True)
class ProjectGroup:
    key: str | None
    count: int
    budget_total: Decimal | None
    eu_contribution: Decimal | None
    own_budget: Decimal | None
    own_eu_contribution: Decimal | None


_SUMS = {
    "count": Count("id", distinct=True),
    "budget_total": Sum("budget_total"),
    "eu_contribution": Sum("eu_contribution"),
    "own_budget": Sum("own_budget"),
    "own_eu_contribution": Sum("own_eu_contribution"),
}


def _grouped(start: date, end: date, field: str) -> list[ProjectGroup]:
    # Projects without a theme or programme come last on every database (SQLite sorts NULL
    # first, PostgreSQL last).
    rows = (
        projects_in(start, end)
        .order_by()
        .values(field)
        .annotate(**_SUMS)
        .order_by(F(field).asc(nulls_last=True))
    )
    return [ProjectGroup(key=row.pop(field), **row) for row in rows]


def projects_by_theme(start: date, end: date) -> list[ProjectGroup]:
    """Per theme (slug): projects and budget sums. A project with two themes counts in both."""
    return _grouped(start, end, "themes__slug")


def projects_by_programme(start: date, end: date) -> list[ProjectGroup]:
    return _grouped(start, end, "programme__name")


def projects_by_role(start: date, end: date) -> list[ProjectGroup]:
    return _grouped(start, end, "role")


def project_open_tasks(project: EUProject) -> QuerySet[ProjectTask]:
    return ProjectTask.objects.filter(project=project, done_on__isnull=True).select_related(
        "task__phase"
    )


def project_deadlines(start: date, end: date) -> QuerySet[EUProject]:
    return EUProject.objects.filter(deadline__range=(start, end)).order_by("deadline")


def tasks_due(until: date) -> QuerySet[ProjectTask]:
    """Open phase tasks of running projects due on or before ``until`` (overdue ones too)."""
    return (
        ProjectTask.objects.filter(done_on__isnull=True, due_on__lte=until)
        .select_related("project", "task__phase")
        .order_by("due_on")
    )


def eu_projects_published() -> QuerySet[EUProject]:
    """EU projects an administrator has published (open data)."""
    return EUProject.objects.filter(published=True).select_related("programme")
