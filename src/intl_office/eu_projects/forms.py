"""Forms of EU projects and what they hang on."""

from __future__ import annotations

from typing import Any

from intl_office.core.forms import RecordForm
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


class EUProjectForm(RecordForm):
    class Meta:
        model = EUProject
        fields = [
            "acronym",
            "title",
            "programme",
            "grant_id",
            "start_date",
            "end_date",
            "deadline",
            "status",
            "phase",
            "role",
            "budget_total",
            "eu_contribution",
            "own_budget",
            "own_eu_contribution",
            "coordinator",
            "themes",
            "core_themes",
            "policy_lines",
            "cordis_url",
            "keep_eu_url",
            "website",
            "best_practice",
            "best_practice_note_nl",
            "best_practice_note_en",
            "summary_nl",
            "summary_en",
            "published",
        ]


class ProgrammeForm(RecordForm):
    class Meta:
        model = Programme
        fields = ["name", "short_name", "parent", "url"]


class StrategyForm(RecordForm):
    class Meta:
        model = Strategy
        fields = [
            "name_nl",
            "name_en",
            "adopted_year",
            "description_nl",
            "description_en",
            "policy_lines",
        ]


class HandbookForm(RecordForm):
    class Meta:
        model = Handbook
        fields = ["name_nl", "name_en", "published_year", "description_nl", "description_en"]


class ProjectPartnerForm(RecordForm):
    class Meta:
        model = ProjectPartner
        fields = ["project", "organisation", "role"]


class ProjectTaskForm(RecordForm):
    class Meta:
        model = ProjectTask
        fields = ["project", "task", "due_on", "done_on"]

    def save(self, commit: bool = True) -> Any:
        # Whoever records the task as done is the one who did it, unless it says otherwise.
        if self.cleaned_data.get("done_on") and self.instance.done_by_id is None:
            self.instance.done_by = self.user
        return super().save(commit)


class HandbookPhaseForm(RecordForm):
    class Meta:
        model = HandbookPhase
        fields = ["handbook", "order", "name_nl", "name_en"]


class HandbookTaskForm(RecordForm):
    class Meta:
        model = HandbookTask
        fields = ["phase", "order", "title_nl", "title_en"]


class StrategyCoreThemeForm(RecordForm):
    class Meta:
        model = StrategyCoreTheme
        fields = ["strategy", "theme", "year", "order"]
