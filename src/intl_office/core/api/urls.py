"""``/api/v1``: the resources, the OpenAPI document (public, with CORS) and the feeds."""

from __future__ import annotations

from django.urls import include, path
from drf_spectacular.views import SpectacularJSONAPIView

from intl_office.core.api.router import router

app_name = "api"

urlpatterns = [
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="openapi"),
    path("", include(router.urls)),
]
