"""Indicators and reported observations through the API."""

from __future__ import annotations

from datetime import date

import pytest

from intl_office.core.tests.api import ApiResourceTests
from intl_office.indicators.tests.factories import IndicatorFactory, ObservationFactory
from intl_office.users.roles import POLICY_ADVISOR, WELCOME_DESK

pytestmark = pytest.mark.django_db


class TestObservations(ApiResourceTests):
    resource = "observations"
    factory = ObservationFactory
    editor = POLICY_ADVISOR
    reader = WELCOME_DESK  # reads the welcome statistics, edits no indicator
    invalid_field = "nonFieldErrors"
    filters = [
        ({"indicator": "students-abc"}, {"indicator__code": "students-abc"}, {}),
        (
            {"periodFrom": "2019-01-01"},
            {"period_start": date(2019, 1, 1)},
            {"period_start": date(2017, 1, 1)},
        ),
    ]

    def create_data(self):
        return {
            "indicator": IndicatorFactory().pk,
            "period_kind": "year",
            "period_start": "2019-01-01",
            "period_end": "2019-12-31",
            "value": "812.00",
        }

    def invalid_data(self):
        return {**self.create_data(), "period_end": "2018-12-31"}

    def update_data(self):
        return {"note_en": "Estimate."}


class TestIndicators(ApiResourceTests):
    resource = "indicators"
    factory = IndicatorFactory
    editor = POLICY_ADVISOR
    reader = WELCOME_DESK
    invalid_field = "code"
    filters = [({"policyLine": "trade"}, {"policy_line_kind": "trade"}, {})]

    def create_data(self):
        return {
            "code": "port-calls",
            "name_nl": "Handelsmissies",
            "name_en": "Trade missions",
            "policy_line_kind": "trade",
        }

    def invalid_data(self):
        return {**self.create_data(), "code": "not a slug!"}

    def update_data(self):
        return {"description_en": "Outgoing missions."}
