"""Views of activities: declarations on the generic views, cancelling, and the month calendar."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any

from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.views.generic import TemplateView

from intl_office.activities import filtersets, forms, tables
from intl_office.activities.feeds import activities_ical
from intl_office.activities.models import Activity
from intl_office.activities.selectors import activities_in_month, activities_visible_to
from intl_office.core.views.generic import ModelViews, RecordActionView
from intl_office.users.services import api_token_user


class ActivityViews(ModelViews):
    model = Activity
    form = forms.ActivityForm
    filterset = filtersets.ActivityFilterSet
    table = tables.ActivityTable
    select_related = ("place",)
    actions = (
        (
            "activities:activity_cancel",
            gettext_lazy("Cancel or postpone"),
            "activities.change_activity",
        ),
    )

    @classmethod
    def queryset_for(cls, request: HttpRequest) -> QuerySet[Any]:
        # Confidential activities follow the rule of confidential relations, as in the API
        # and the calendar: lists, pages, exports and search hide them from other roles.
        return activities_visible_to(request.user)


class ActivityCancelView(RecordActionView):
    viewset = ActivityViews
    permission_required = "activities.change_activity"
    form_class = forms.ActivityCancelForm
    title = gettext_lazy("Cancel or postpone")


class CalendarView(LoginRequiredMixin, PermissionRequiredMixin, TemplateView):
    """A month of activities, Monday first, with links to the previous and next month and the
    iCalendar feed to subscribe to."""

    permission_required = "activities.view_activity"
    template_name = "activities/calendar.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        try:
            year = int(self.request.GET.get("year", today.year))
            month = int(self.request.GET.get("month", today.month))
            first = date(year, month, 1)
        except ValueError as error:
            raise Http404 from error
        days: dict[date, list[Activity]] = {}
        visible = activities_visible_to(self.request.user).values("pk")
        for activity in activities_in_month(year, month).filter(pk__in=visible):
            last = min(activity.end_date or activity.start_date, first + timedelta(days=40))
            day = max(activity.start_date, first)
            while day <= last:
                days.setdefault(day, []).append(activity)
                day += timedelta(days=1)
        weeks = [
            [(day, day.month == month, days.get(day, [])) for day in week]
            for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
        ]
        previous = first - timedelta(days=1)
        following = first + timedelta(days=32)
        context.update(
            month=first,
            weeks=weeks,
            weekdays=[date(2024, 1, d) for d in range(1, 8)],  # a Monday-to-Sunday week
            previous=previous,
            following=following,
            today=today,
            feed_url="/api/v1/feeds/activities.ics",
            personal_feed_url=self.request.build_absolute_uri(
                reverse("activities:calendar_feed", args=["API-TOKEN"])
            ),
        )
        return context


def calendar_feed(request: HttpRequest, key: str) -> HttpResponse:
    """A personal iCalendar feed for calendar programs, which cannot log in or send headers:
    the API token in the address stands for the user, who sees what their role may see."""
    user = api_token_user(key)
    if user is None or not user.has_perm("activities.view_activity"):
        raise Http404
    language = request.GET.get("lang") or (get_language() or "nl")[:2]
    if language not in ("nl", "en"):
        raise Http404
    activities = activities_visible_to(user).order_by("start_date")
    return HttpResponse(
        activities_ical(activities, language), content_type="text/calendar; charset=utf-8"
    )
