from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from intl_office.activities.models import Activity
from intl_office.activities.services import activity_cancel, activity_mark_held
from intl_office.activities.tests.factories import ActivityFactory
from intl_office.core.selectors import journal_of

pytestmark = pytest.mark.django_db


class TestCancel:
    @pytest.mark.parametrize(("postpone", "status"), [(False, "cancelled"), (True, "postponed")])
    def test_planned_activity_is_cancelled_with_its_reason(self, postpone, status):
        activity = ActivityFactory(planned=True)

        activity_cancel(activity=activity, reason="  COVID-19 travel ban  ", postpone=postpone)

        activity.refresh_from_db()
        assert (activity.status, activity.status_reason) == (status, "COVID-19 travel ban")
        [entry] = journal_of(activity)
        assert "COVID-19 travel ban" in entry.text_en

    @pytest.mark.parametrize("reason", ["", "   "])
    def test_reason_is_required(self, reason):
        activity = ActivityFactory(planned=True)
        with pytest.raises(ValidationError) as error:
            activity_cancel(activity=activity, reason=reason)
        assert "status_reason" in error.value.message_dict
        activity.refresh_from_db()
        assert activity.status == "planned"
        assert not journal_of(activity).exists()

    def test_held_activity_cannot_be_cancelled(self):
        activity = ActivityFactory(status="held")
        with pytest.raises(ValidationError) as error:
            activity_cancel(activity=activity, reason="Changed our mind")
        assert "status" in error.value.message_dict
        activity.refresh_from_db()
        assert activity.status == "held"

    def test_postponed_activity_can_then_be_cancelled(self):
        activity = ActivityFactory(postponed=True)
        activity_cancel(activity=activity, reason="No new date found")
        activity.refresh_from_db()
        assert (activity.status, activity.status_reason) == ("cancelled", "No new date found")


class TestMarkHeld:
    def test_planned_activity_held_online(self):
        activity = ActivityFactory(planned=True)
        activity_mark_held(activity=activity, format="digital")
        activity.refresh_from_db()
        assert (activity.status, activity.format) == ("held", "digital")

    def test_postponed_activity_held_later_loses_its_reason(self):
        activity = ActivityFactory(postponed=True)
        activity_mark_held(activity=activity)
        activity.refresh_from_db()
        assert (activity.status, activity.status_reason) == ("held", "")

    def test_cancelled_activity_cannot_be_held(self):
        activity = ActivityFactory(cancelled=True)
        with pytest.raises(ValidationError):
            activity_mark_held(activity=activity)
        activity.refresh_from_db()
        assert activity.status == "cancelled"

    def test_unknown_format_is_refused(self):
        activity = ActivityFactory(planned=True)
        with pytest.raises(ValidationError):
            activity_mark_held(activity=activity, format="telepathy")
        activity.refresh_from_db()
        assert activity.status == "planned"


# (status, reason, end before start, delegation size, allowed by the database)
CONSTRAINT_CASES = [
    ("cancelled", "", False, None, False),
    ("postponed", "", False, None, False),
    ("cancelled", "COVID-19", False, None, True),
    ("postponed", "COVID-19", False, None, True),
    ("held", "", False, None, True),
    ("planned", "", False, None, True),
    ("held", "", True, None, False),
    ("held", "", False, 0, False),
    ("held", "", False, 1, True),
]


@pytest.mark.parametrize(
    ("status", "reason", "end_before_start", "size", "allowed"), CONSTRAINT_CASES
)
def test_database_holds_the_activity_rules(status, reason, end_before_start, size, allowed):
    """The rules hold even for code that skips ``full_clean()`` and the services."""
    activity = ActivityFactory.build(
        status=status,
        status_reason=reason,
        start_date=date(2020, 3, 10),
        end_date=date(2020, 3, 9) if end_before_start else None,
        delegation_size=size,
    )
    if allowed:
        activity.full_clean()
        activity.save()
        assert Activity.objects.filter(pk=activity.pk).exists()
    else:
        with pytest.raises(ValidationError):
            activity.full_clean()
        with pytest.raises(IntegrityError), transaction.atomic():
            activity.save()
        assert not Activity.objects.exists()
