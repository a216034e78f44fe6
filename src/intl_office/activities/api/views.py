"""Feeds of activities: iCalendar for calendar programs, GeoJSON for maps."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.response import Response

from intl_office.activities.api.filters import ActivityFilterSet
from intl_office.activities.feeds import activities_ical
from intl_office.activities.selectors import activities_published, activities_visible_to
from intl_office.core.api.feeds import GEOJSON_SCHEMA, LANG, FeedView
from intl_office.core.api.renderers import GeoJSONRenderer, ICalendarRenderer
from intl_office.relations.feeds import activities_geojson


class ActivityFeedView(FeedView):
    filterset_class = ActivityFilterSet
    read_permission = "activities.view_activity"

    def visible(self, user: Any) -> Any:
        return activities_visible_to(user)

    def published(self) -> Any:
        return activities_published()


class ActivityCalendarView(ActivityFeedView):
    """The activities as an iCalendar feed (all-day events), filterable like the list:
    published activities for anyone, all the user may read with a session or token."""

    renderer_classes = [ICalendarRenderer]

    @extend_schema(
        operation_id="feeds_activities_ics",
        parameters=[LANG],
        responses={(200, "text/calendar"): OpenApiResponse(OpenApiTypes.STR)},
    )
    def get(self, request: Any) -> Response:
        language = self.language()
        activities = self.filter_queryset(self.get_queryset())
        return Response(activities_ical(activities, language), content_type="text/calendar")


class ActivityGeoJSONView(ActivityFeedView):
    """Activities with coordinates as GeoJSON points, filterable like the list."""

    renderer_classes = [GeoJSONRenderer]

    @extend_schema(
        operation_id="feeds_activities_geojson",
        parameters=[LANG],
        responses={(200, "application/geo+json"): GEOJSON_SCHEMA},
    )
    def get(self, request: Any) -> Response:
        language = self.language()
        return Response(activities_geojson(self.filter_queryset(self.get_queryset()), language))
