"""The EU project pages, from the shared base tests."""

from __future__ import annotations

from intl_office.core.tests.views import RecordViewsTests
from intl_office.eu_projects.tests.factories import (
    EUProjectFactory,
    HandbookFactory,
    ProgrammeFactory,
    StrategyFactory,
)
from intl_office.eu_projects.views import (
    EUProjectViews,
    HandbookViews,
    ProgrammeViews,
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
