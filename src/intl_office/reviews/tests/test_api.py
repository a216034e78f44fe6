"""The narratives of a review through the API."""

from __future__ import annotations

import pytest

from intl_office.core.tests.api import ApiResourceTests
from intl_office.core.tests.factories import PolicyPeriodFactory
from intl_office.reviews.tests.factories import NarrativeFactory
from intl_office.users.roles import POLICY_ADVISOR, WELCOME_DESK

pytestmark = pytest.mark.django_db


class TestNarratives(ApiResourceTests):
    resource = "narratives"
    factory = NarrativeFactory
    editor = POLICY_ADVISOR
    outsider = WELCOME_DESK
    invalid_field = "language"
    filters = [({"language": "nl"}, {"language": "nl"}, {"language": "en"})]

    def create_data(self):
        return {
            "period": PolicyPeriodFactory().pk,
            "section": "introduction",
            "language": "nl",
            "text": "In deze periode …",
        }

    def invalid_data(self):
        return {**self.create_data(), "language": "fr"}

    def update_data(self):
        return {"text": "Revised."}
