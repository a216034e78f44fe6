"""Writes on EU projects."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from intl_office.core.services import journal_add, record_save
from intl_office.eu_projects.models import EUProject, Handbook, HandbookPhase, ProjectTask


@transaction.atomic
def eu_project_advance_phase(
    *,
    project: EUProject,
    on: date,
    handbook: Handbook | None = None,
    force: bool = False,
    user: Any = None,
) -> HandbookPhase:
    """Move a project to the next phase of the handbook and open that phase's tasks.

    Refuses while tasks of the current phase are open, unless ``force``."""
    project = EUProject.objects.select_for_update().get(pk=project.pk)
    current = project.phase
    if current is None:
        handbook = handbook or Handbook.objects.order_by("id").first()
        if handbook is None:
            raise ValidationError(_("No handbook with phases exists."))
        following = handbook.phases.order_by("order").first()
    else:
        open_tasks = ProjectTask.objects.filter(
            project=project, task__phase=current, done_on__isnull=True
        )
        if open_tasks.exists() and not force:
            names = ", ".join(str(t.task) for t in open_tasks.select_related("task"))
            raise ValidationError(
                _("Tasks of the phase “%(phase)s” are still open: %(tasks)s.")
                % {"phase": current, "tasks": names}
            )
        following = (
            current.handbook.phases.filter(order__gt=current.order).order_by("order").first()
        )
    if following is None:
        raise ValidationError(_("The project is in the last phase."))
    project.phase = following
    record_save(project)
    for task in following.tasks.all():
        ProjectTask.objects.get_or_create(project=project, task=task)
    journal_add(
        subject=project,
        on=on,
        author=user,
        text_en=f"Phase: {following.name_en}.",
        text_nl=f"Fase: {following.name_nl}.",
    )
    return following


@transaction.atomic
def project_task_complete(*, project_task: ProjectTask, on: date, user: Any = None) -> ProjectTask:
    if project_task.done_on is not None:
        raise ValidationError(_("This task is already done."))
    project_task.done_on = on
    project_task.done_by = user
    return record_save(project_task)
