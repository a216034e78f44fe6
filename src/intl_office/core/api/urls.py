"""``/api/v1``: the resources, the OpenAPI document (public, with CORS) and the feeds."""

from __future__ import annotations

from django.urls import include, path
from drf_spectacular.views import SpectacularJSONAPIView

from intl_office.activities.api.views import ActivityCalendarView, ActivityGeoJSONView
from intl_office.core.api.router import router
from intl_office.relations.api.views import RelationGeoJSONView

app_name = "api"

urlpatterns = [
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="openapi"),
    path("feeds/activities.ics", ActivityCalendarView.as_view(), name="feed-activities-ics"),
    path("feeds/activities.geojson", ActivityGeoJSONView.as_view(), name="feed-activities-geojson"),
    path("feeds/relations.geojson", RelationGeoJSONView.as_view(), name="feed-relations-geojson"),
    path("", include(router.urls)),
]
