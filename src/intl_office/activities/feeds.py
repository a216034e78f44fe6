"""The iCalendar feed of activities (RFC 5545), for calendar programs to subscribe to."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

import icalendar
from django.conf import settings

from intl_office.activities.choices import ActivityStatus
from intl_office.activities.models import Activity
from intl_office.core.models import localized

STATUS = {
    ActivityStatus.PLANNED: "TENTATIVE",
    ActivityStatus.HELD: "CONFIRMED",
    ActivityStatus.CANCELLED: "CANCELLED",
    ActivityStatus.POSTPONED: "CANCELLED",
}


def activities_ical(activities: Iterable[Activity], language: str = "en") -> bytes:
    """Activities as all-day events: the title, the place, the summary and the status."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//intl-office//activities//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{settings.INTL_OFFICE_ORGANISATION_NAME}: activities")
    for activity in activities:
        event = icalendar.Event()
        event.add("uid", f"activity-{activity.pk}@intl-office")
        event.add("summary", localized(activity, "title", language))
        event.add("dtstart", activity.start_date)
        # DTEND of an all-day event is the day after the last day.
        event.add("dtend", (activity.end_date or activity.start_date) + timedelta(days=1))
        event.add("dtstamp", activity.updated_at)
        event.add("last-modified", activity.updated_at)
        event.add("status", STATUS.get(ActivityStatus(activity.status), "CONFIRMED"))
        event.add("categories", [activity.get_kind_display()])
        if activity.place is not None:
            event.add("location", f"{activity.place.name}, {activity.place.country}")
            if activity.place.latitude is not None and activity.place.longitude is not None:
                event.add("geo", (float(activity.place.latitude), float(activity.place.longitude)))
        description = localized(activity, "summary", language)
        if activity.status_reason:
            description = f"{activity.get_status_display()}: {activity.status_reason}\n\n" + (
                description
            )
        if description:
            event.add("description", description)
        calendar.add_component(event)
    return calendar.to_ical()
