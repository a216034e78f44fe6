"""The GeoJSON feed of relations, for maps."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from intl_office.core.api.feeds import GEOJSON_SCHEMA, LANG, FeedView
from intl_office.core.api.renderers import GeoJSONRenderer
from intl_office.relations.api.filters import RelationFilterSet
from intl_office.relations.feeds import relations_geojson
from intl_office.relations.selectors import relations_published, relations_visible_to


class RelationGeoJSONView(FeedView):
    """Relations with coordinates as GeoJSON points at their counterpart, filterable like the
    list: published relations for anyone, all the user may read with a session or token."""

    renderer_classes = [GeoJSONRenderer]
    filterset_class = RelationFilterSet
    read_permission = "relations.view_relation"

    def visible(self, user: Any) -> Any:
        return relations_visible_to(user).select_related("counterpart_organisation__place")

    def published(self) -> Any:
        return relations_published()

    @extend_schema(
        operation_id="feeds_relations_geojson",
        parameters=[LANG],
        responses={(200, "application/geo+json"): GEOJSON_SCHEMA},
    )
    def get(self, request: Any) -> Response:
        language = self.language()
        return Response(relations_geojson(self.filter_queryset(self.get_queryset()), language))
