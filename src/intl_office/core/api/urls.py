"""``/api/v1``: the resources, the OpenAPI document (public, with CORS) and the feeds."""

from __future__ import annotations

from django.urls import include, path
from drf_spectacular.views import SpectacularJSONAPIView

from intl_office.activities.api.views import ActivityCalendarView, ActivityGeoJSONView
from intl_office.core.api import open_data
from intl_office.core.api.router import router
from intl_office.relations.api.views import RelationGeoJSONView

app_name = "api"

urlpatterns = [
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="openapi"),
    path("feeds/activities.ics", ActivityCalendarView.as_view(), name="feed-activities-ics"),
    path("feeds/activities.geojson", ActivityGeoJSONView.as_view(), name="feed-activities-geojson"),
    path("feeds/relations.geojson", RelationGeoJSONView.as_view(), name="feed-relations-geojson"),
    path("open-data/catalogue", open_data.OpenDataCatalogue.as_view(), name="open-data-catalogue"),
    path("open-data/relations", open_data.OpenRelationList.as_view(), name="open-data-relations"),
    path(
        "open-data/relations.csv",
        open_data.OpenRelationCSV.as_view(),
        name="open-data-relations-csv",
    ),
    path("open-data/activities", open_data.OpenActivityList.as_view(), name="open-data-activities"),
    path(
        "open-data/activities.csv",
        open_data.OpenActivityCSV.as_view(),
        name="open-data-activities-csv",
    ),
    path(
        "open-data/eu-projects",
        open_data.OpenEuProjectList.as_view(),
        name="open-data-eu-projects",
    ),
    path(
        "open-data/eu-projects.csv",
        open_data.OpenEuProjectCSV.as_view(),
        name="open-data-eu-projects-csv",
    ),
    path(
        "open-data/periods/<slug:slug>/figures",
        open_data.OpenFigures.as_view(),
        name="open-data-figures",
    ),
    path(
        "open-data/periods/<slug:slug>/figures.csv",
        open_data.OpenFiguresCSV.as_view(),
        name="open-data-figures-csv",
    ),
    path(
        "open-data/periods/<slug:slug>/welcome-desk",
        open_data.OpenWelcomeDesk.as_view(),
        name="open-data-welcome-desk",
    ),
    path("", include(router.urls)),
]
