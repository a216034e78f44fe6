"""The base of the feeds under ``/api/v1/feeds``: public (published records only) for anyone,
everything the user may read for a signed-in user or a token, filterable like the lists."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter
from rest_framework import generics, permissions
from rest_framework.exceptions import ValidationError

from intl_office.core.api.filters import FilterBackend

LANG = OpenApiParameter(
    "lang", str, enum=["nl", "en"], description="Language of titles and descriptions."
)
GEOJSON_SCHEMA = {
    "type": "object",
    "description": "A GeoJSON FeatureCollection (RFC 7946) of points.",
    "properties": {
        "type": {"type": "string", "enum": ["FeatureCollection"]},
        "features": {"type": "array", "items": {"type": "object"}},
    },
    "required": ["type", "features"],
}


class FeedView(generics.GenericAPIView):
    permission_classes = [permissions.AllowAny]
    filter_backends = [FilterBackend]
    pagination_class = None
    # (permission to read everything the user may see, the queryset for the public)
    read_permission: str

    def visible(self, user: Any) -> Any:
        raise NotImplementedError

    def published(self) -> Any:
        raise NotImplementedError

    def get_queryset(self) -> Any:
        user = self.request.user
        if user.is_authenticated and user.has_perm(self.read_permission):
            return self.visible(user)
        return self.published()

    def language(self) -> str:
        language = self.request.query_params.get("lang", "en")
        if language not in ("nl", "en"):
            raise ValidationError({"lang": [_("Choose nl or en.")]})
        return language
