"""EU projects through the API: written by the EU projects officer, read by the other roles."""

from __future__ import annotations

import pytest

from intl_office.core.tests.api import ApiResourceTests
from intl_office.eu_projects.tests.factories import EUProjectFactory, ProgrammeFactory
from intl_office.users.roles import EU_PROJECTS_OFFICER, POLICY_ADVISOR, WELCOME_DESK

pytestmark = pytest.mark.django_db


class TestEUProjects(ApiResourceTests):
    resource = "eu-projects"
    factory = EUProjectFactory
    editor = EU_PROJECTS_OFFICER
    reader = POLICY_ADVISOR  # reads everything, edits no EU project
    outsider = WELCOME_DESK
    invalid_field = "nonFieldErrors"
    filters = [
        ({"status": "closed"}, {"status": "closed"}, {"status": "running"}),
        ({"bestPractice": "true"}, {"best_practice": True}, {"best_practice": False}),
        ({"acronym": "hydro"}, {"acronym": "HYDROGEN"}, {"acronym": "CULTURE"}),
    ]

    def create_data(self):
        return {
            "acronym": "HEAT",
            "title": "Heat networks",
            "programme": ProgrammeFactory().pk,
            "start_date": "2019-01-01",
            "end_date": "2022-12-31",
            "status": "running",
            "role": "partner",
        }

    def invalid_data(self):
        return {**self.create_data(), "end_date": "2018-01-01"}

    def update_data(self):
        return {"summary_en": "District heating in three cities."}


class TestProgrammes(ApiResourceTests):
    resource = "programmes"
    factory = ProgrammeFactory
    editor = EU_PROJECTS_OFFICER
    reader = POLICY_ADVISOR
    outsider = WELCOME_DESK
    invalid_field = "name"

    def create_data(self):
        return {"name": "Interreg Europe", "short_name": "IE"}

    def invalid_data(self):
        return {"short_name": "no name"}

    def update_data(self):
        return {"url": "https://www.interregeurope.eu/"}
