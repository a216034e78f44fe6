"""The indicator pages, from the shared base tests."""

from __future__ import annotations

from intl_office.core.tests.views import RecordViewsTests
from intl_office.indicators.tests.factories import (
    IndicatorFactory,
    ObservationFactory,
    TargetFactory,
)
from intl_office.indicators.views import IndicatorViews, ObservationViews, TargetViews


class TestIndicatorViews(RecordViewsTests):
    views = IndicatorViews
    factory = IndicatorFactory
    editor = "policy advisor"
    viewer = "welcome desk"
    create = {
        "code": "expat-fair-visitors",
        "name_nl": "Bezoekers expatbeurs",
        "name_en": "Visitors of the expat fair",
        "unit": "count",
        "policy_line_kind": "welcome",
        "order": 5,
    }
    update = {"name_en": "Visitors of the welcome fair"}
    bad = ("unit", "kg")


class TestObservationViews(RecordViewsTests):
    views = ObservationViews
    factory = ObservationFactory
    editor = "policy advisor"
    viewer = "welcome desk"
    update = {"value": "12.50"}
    bad = ("value", "many")

    def create_data(self):
        return {
            "indicator": IndicatorFactory().pk,
            "period_kind": "year",
            "period_start": "2019-01-01",
            "period_end": "2019-12-31",
            "value": "1234",
            "qualifier": "exact",
        }


class TestTargetViews(RecordViewsTests):
    views = TargetViews
    factory = TargetFactory
    editor = "policy advisor"
    viewer = "welcome desk"
    update = {"value": "99.00"}
    bad = ("qualifier", "roughly")

    def create_data(self):
        from intl_office.core.tests.factories import PolicyPeriodFactory

        return {
            "indicator": IndicatorFactory().pk,
            "period": PolicyPeriodFactory().pk,
            "value": "10",
            "qualifier": "at_least",
        }
