"""The EU project pages, from the shared base tests."""

from __future__ import annotations

from intl_office.core.tests.factories import OrganisationFactory, ThemeFactory
from intl_office.core.tests.views import RecordViewsTests
from intl_office.eu_projects.tests.factories import (
    EUProjectFactory,
    HandbookFactory,
    HandbookPhaseFactory,
    HandbookTaskFactory,
    ProgrammeFactory,
    ProjectPartnerFactory,
    ProjectTaskFactory,
    StrategyCoreThemeFactory,
    StrategyFactory,
)
from intl_office.eu_projects.views import (
    EUProjectViews,
    HandbookPhaseViews,
    HandbookTaskViews,
    HandbookViews,
    ProgrammeViews,
    ProjectPartnerViews,
    ProjectTaskViews,
    StrategyCoreThemeViews,
    StrategyViews,
)


class TestEUProjectViews(RecordViewsTests):
    views = EUProjectViews
    factory = EUProjectFactory
    editor = "EU projects officer"
    viewer = "policy advisor"
    outsider = "welcome desk"
    create = {"acronym": "CITYnvest", "status": "running", "budget_total": "1000000.50"}
    update = {"title": "Cities investing in energy"}
    bad = ("status", "finished-ish")


class TestProgrammeViews(RecordViewsTests):
    views = ProgrammeViews
    factory = ProgrammeFactory
    editor = "EU projects officer"
    outsider = "welcome desk"
    create = {"name": "Interreg Baltic Sea Region", "short_name": "Interreg BSR"}
    update = {"short_name": "BSR"}
    bad = ("url", "not a web address")


class TestStrategyViews(RecordViewsTests):
    views = StrategyViews
    factory = StrategyFactory
    editor = "EU projects officer"
    outsider = "welcome desk"
    create = {"name_nl": "Europastrategie 2025", "name_en": "Europe strategy 2025"}
    update = {"adopted_year": 2020}
    bad = ("adopted_year", "twenty")


class TestHandbookViews(RecordViewsTests):
    views = HandbookViews
    factory = HandbookFactory
    editor = "EU projects officer"
    outsider = "welcome desk"
    create = {"name_nl": "Handboek 2", "name_en": "Handbook 2"}
    update = {"published_year": 2021}
    bad = ("published_year", "soon")


class TestProjectPartnerViews(RecordViewsTests):
    views = ProjectPartnerViews
    factory = ProjectPartnerFactory
    editor = "EU projects officer"
    outsider = "welcome desk"
    update = {"role": "coordinator"}
    bad = ("role", "sponsor")

    def create_data(self):
        return {
            "project": EUProjectFactory().pk,
            "organisation": OrganisationFactory().pk,
            "role": "partner",
        }


class TestProjectTaskViews(RecordViewsTests):
    views = ProjectTaskViews
    factory = ProjectTaskFactory
    editor = "EU projects officer"
    outsider = "welcome desk"
    update = {"done_on": "2019-06-15"}
    bad = ("due_on", "soonish")

    def create_data(self):
        return {
            "project": EUProjectFactory().pk,
            "task": HandbookTaskFactory().pk,
            "due_on": "2019-06-01",
        }

    def test_the_one_who_marks_a_task_done_is_recorded(self):
        task = ProjectTaskFactory()
        data = {**self.views.form.values_of(task), "done_on": "2019-06-15"}
        self.client.post(self.views.url("update", task.pk), {k: v for k, v in data.items() if v})
        task.refresh_from_db()
        assert task.done_by is not None


class TestHandbookPhaseViews(RecordViewsTests):
    views = HandbookPhaseViews
    factory = HandbookPhaseFactory
    editor = "EU projects officer"
    outsider = "welcome desk"
    update = {"name_en": "Preparation"}
    bad = ("order", "first")

    def create_data(self):
        return {"handbook": HandbookFactory().pk, "order": 9, "name_nl": "Idee", "name_en": "Idea"}


class TestHandbookTaskViews(RecordViewsTests):
    views = HandbookTaskViews
    factory = HandbookTaskFactory
    editor = "EU projects officer"
    outsider = "welcome desk"
    update = {"title_en": "Find partners"}
    bad = ("order", "last")

    def create_data(self):
        return {
            "phase": HandbookPhaseFactory().pk,
            "order": 9,
            "title_nl": "Partners zoeken",
            "title_en": "Look for partners",
        }


class TestStrategyCoreThemeViews(RecordViewsTests):
    views = StrategyCoreThemeViews
    factory = StrategyCoreThemeFactory
    editor = "EU projects officer"
    outsider = "welcome desk"
    update = {"order": 7}
    bad = ("year", "next year")

    def create_data(self):
        return {
            "strategy": StrategyFactory().pk,
            "theme": ThemeFactory().pk,
            "year": 2020,
            "order": 1,
        }
