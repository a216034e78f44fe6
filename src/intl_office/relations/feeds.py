"""GeoJSON (RFC 7946) of relations and activities that have coordinates, for maps."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from intl_office.activities.models import Activity
from intl_office.core.models import Place, localized
from intl_office.relations.models import Relation


def _point(place: Place | None) -> dict[str, Any] | None:
    if place is None or place.latitude is None or place.longitude is None:
        return None
    # GeoJSON puts the longitude first.
    return {"type": "Point", "coordinates": [float(place.longitude), float(place.latitude)]}


def _collection(features: list[dict[str, Any]]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": features}


def relations_geojson(relations: Iterable[Relation], language: str = "en") -> dict[str, Any]:
    """A point per relation at its counterpart place (or its counterpart organisation's place);
    relations without coordinates are left out."""
    features = []
    for relation in relations:
        place = relation.counterpart_place or (
            relation.counterpart_organisation.place if relation.counterpart_organisation else None
        )
        geometry = _point(place)
        if geometry is None:
            continue
        features.append(
            {
                "type": "Feature",
                "id": relation.pk,
                "geometry": geometry,
                "properties": {
                    "name": localized(relation, "name", language),
                    "kind": relation.kind,
                    "status": relation.status,
                    "since": relation.since.isoformat() if relation.since else None,
                    "place": place.name if place else "",
                    "country": place.country if place else "",
                },
            }
        )
    return _collection(features)


def activities_geojson(activities: Iterable[Activity], language: str = "en") -> dict[str, Any]:
    """A point per activity at its place; activities without coordinates are left out."""
    features = []
    for activity in activities:
        geometry = _point(activity.place)
        if geometry is None:
            continue
        features.append(
            {
                "type": "Feature",
                "id": activity.pk,
                "geometry": geometry,
                "properties": {
                    "title": localized(activity, "title", language),
                    "kind": activity.kind,
                    "status": activity.status,
                    "start_date": activity.start_date.isoformat(),
                    "end_date": activity.end_date.isoformat() if activity.end_date else None,
                    "place": activity.place.name if activity.place else "",
                    "country": activity.place.country if activity.place else "",
                },
            }
        )
    return _collection(features)
