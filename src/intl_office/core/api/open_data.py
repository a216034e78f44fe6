"""Open data under ``/api/v1/open-data``: what an administrator has published, for anyone, as
JSON and CSV, with a DCAT catalogue a national data portal can harvest."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import Max
from django.shortcuts import get_object_or_404
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, permissions, serializers
from rest_framework.request import Request
from rest_framework.response import Response

from intl_office.activities.api.serializers import OpenActivitySerializer
from intl_office.activities.selectors import activities_published
from intl_office.core.api.filters import FilterBackend
from intl_office.core.api.renderers import CSVRenderer, JSONLDRenderer
from intl_office.core.api.serializers import FigureSerializer, PeriodFiguresSerializer
from intl_office.core.models import PolicyPeriod, localized
from intl_office.core.selectors import periods_visible_to
from intl_office.eu_projects.api.serializers import OpenEuProjectSerializer
from intl_office.eu_projects.selectors import eu_projects_published
from intl_office.indicators.selectors import period_figures
from intl_office.relations.api.serializers import OpenRelationSerializer
from intl_office.relations.selectors import relations_published
from intl_office.welcome_desk.selectors import (
    SMALLEST_PUBLISHED_GROUP,
    Breakdown,
    breakdown_suppressed,
    desk_contacts_per_nationality,
    desk_contacts_per_organisation,
)

LICENSE = "http://creativecommons.org/publicdomain/zero/1.0/"
CSV = {(200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="CSV with a header.")}


class OpenDataView(generics.GenericAPIView):
    permission_classes = [permissions.AllowAny]
    authentication_classes: list[Any] = []


class OpenDataList(OpenDataView, generics.ListAPIView):
    dataset: str
    filter_backends = [FilterBackend]
    filterset_fields: list[str] = []

    def csv_header(self) -> list[str]:
        serializer: Any = self.get_serializer()
        return list(serializer.fields)


def _csv(list_view: type[OpenDataList]) -> type[OpenDataList]:
    """The CSV download of an open-data list: every record, one row each."""

    @extend_schema(responses=CSV, operation_id=f"open_data_{list_view.dataset}_csv")
    def get(self: Any, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self.list(request, *args, **kwargs)

    attrs = {"renderer_classes": [CSVRenderer], "pagination_class": None, "get": get}
    return type(f"{list_view.__name__}CSV", (list_view,), attrs)


class OpenRelationList(OpenDataList):
    """Published relations (never a confidential one)."""

    dataset = "relations"
    serializer_class = OpenRelationSerializer

    def get_queryset(self) -> Any:
        return relations_published()


class OpenActivityList(OpenDataList):
    """Published activities (never a confidential one)."""

    dataset = "activities"
    serializer_class = OpenActivitySerializer

    def get_queryset(self) -> Any:
        return activities_published()


class OpenEuProjectList(OpenDataList):
    """Published EU projects."""

    dataset = "eu_projects"
    serializer_class = OpenEuProjectSerializer

    def get_queryset(self) -> Any:
        return eu_projects_published()


OpenRelationCSV = _csv(OpenRelationList)
OpenActivityCSV = _csv(OpenActivityList)
OpenEuProjectCSV = _csv(OpenEuProjectList)


def published_period(slug: str) -> PolicyPeriod:
    return get_object_or_404(periods_visible_to(None), slug=slug)


class OpenFigures(OpenDataView):
    """The figures of a published policy period, with provenance and source."""

    @extend_schema(responses=PeriodFiguresSerializer, operation_id="open_data_figures")
    def get(self, request: Request, slug: str) -> Response:
        period = published_period(slug)
        data = {
            "period": period.slug,
            "title": period.title_en,
            "start": period.start,
            "end": period.end,
            "published": True,
            "figures": [figure.as_json() for figure in period_figures(period)],
        }
        return Response(PeriodFiguresSerializer(data).data)


class OpenFiguresCSV(OpenDataView):
    renderer_classes = [CSVRenderer]

    def csv_header(self) -> list[str]:
        return list(FigureSerializer().fields)

    @extend_schema(responses=CSV, operation_id="open_data_figures_csv")
    def get(self, request: Request, slug: str) -> Response:
        period = published_period(slug)
        return Response([figure.as_json() for figure in period_figures(period)])


class GroupSerializer(serializers.Serializer):
    key = serializers.CharField(allow_null=True, help_text="Country code or organisation name.")
    count = serializers.IntegerField()


class BreakdownSerializer(serializers.Serializer):
    rows = GroupSerializer(many=True)
    other = serializers.IntegerField(
        allow_null=True, help_text="The smaller groups together; null when too few to show."
    )
    groups_merged = serializers.IntegerField()


class WelcomeDeskSerializer(serializers.Serializer):
    period = serializers.CharField()
    smallest_group = serializers.IntegerField()
    by_nationality = BreakdownSerializer()
    by_organisation = BreakdownSerializer()


def _breakdown(breakdown: Breakdown) -> dict[str, Any]:
    return {
        "rows": [{"key": row.key, "count": row.count} for row in breakdown.rows],
        "other": breakdown.other,
        "groups_merged": breakdown.groups_merged,
    }


class OpenWelcomeDesk(OpenDataView):
    """Welcome-desk contacts of a published period by nationality and by client organisation.
    Groups of fewer than five contacts are never shown on their own."""

    @extend_schema(responses=WelcomeDeskSerializer, operation_id="open_data_welcome_desk")
    def get(self, request: Request, slug: str) -> Response:
        period = published_period(slug)
        start, end = period.start, period.end
        data = {
            "period": period.slug,
            "smallest_group": SMALLEST_PUBLISHED_GROUP,
            "by_nationality": _breakdown(
                breakdown_suppressed(desk_contacts_per_nationality(start, end))
            ),
            "by_organisation": _breakdown(
                breakdown_suppressed(desk_contacts_per_organisation(start, end))
            ),
        }
        return Response(WelcomeDeskSerializer(data).data)


CATALOGUE_SCHEMA = {
    "type": "object",
    "description": "A DCAT catalogue (JSON-LD) of the open data sets, after DCAT-AP-NL.",
}


class OpenDataCatalogue(OpenDataView):
    """The open data sets with title, description, license, last change and downloads, as a
    DCAT catalogue (JSON-LD) for harvesting by a data portal."""

    renderer_classes = [JSONLDRenderer]

    @extend_schema(
        responses={(200, "application/ld+json"): CATALOGUE_SCHEMA},
        operation_id="open_data_catalogue",
    )
    def get(self, request: Request) -> Response:
        def url(name: str, **kwargs: Any) -> str:
            return request.build_absolute_uri(reverse(f"api:{name}", kwargs=kwargs))

        def modified(queryset: Any) -> str | None:
            moment = queryset.aggregate(last=Max("updated_at"))["last"]
            return moment.isoformat() if moment else None

        organisation = settings.INTL_OFFICE_ORGANISATION_NAME
        datasets = [
            self.dataset(
                identifier=url("open-data-relations"),
                title="International relations",
                description="Sister cities, partnerships, networks and other relations of the "
                "city abroad, with their status and the place of the counterpart.",
                modified=modified(relations_published()),
                downloads=[url("open-data-relations"), url("open-data-relations-csv")],
            ),
            self.dataset(
                identifier=url("open-data-activities"),
                title="International activities",
                description="Visits received and made, missions, exchanges and other "
                "international activities of the city.",
                modified=modified(activities_published()),
                downloads=[url("open-data-activities"), url("open-data-activities-csv")],
            ),
            self.dataset(
                identifier=url("open-data-eu-projects"),
                title="EU projects",
                description="EU-funded projects in which the city takes part, with programme, "
                "role and budget.",
                modified=modified(eu_projects_published()),
                downloads=[url("open-data-eu-projects"), url("open-data-eu-projects-csv")],
            ),
        ]
        for period in periods_visible_to(None):
            datasets.append(
                self.dataset(
                    identifier=url("open-data-figures", slug=period.slug),
                    title=f"Figures of the internationalisation policy {period.slug}",
                    description=localized(period, "title", "en")
                    + ": every figure with its provenance (reported or derived) and source.",
                    modified=period.updated_at.isoformat(),
                    downloads=[
                        url("open-data-figures", slug=period.slug),
                        url("open-data-figures-csv", slug=period.slug),
                    ],
                    temporal=(period.start.isoformat(), period.end.isoformat()),
                )
            )
        return Response(
            {
                "@context": {
                    "dcat": "http://www.w3.org/ns/dcat#",
                    "dct": "http://purl.org/dc/terms/",
                    "foaf": "http://xmlns.com/foaf/0.1/",
                },
                "@id": url("open-data-catalogue"),
                "@type": "dcat:Catalog",
                "dct:title": f"{organisation}: open data of the international office",
                "dct:description": "Relations, activities, EU projects and policy figures that "
                "the international office has published.",
                "dct:publisher": {"@type": "foaf:Agent", "foaf:name": organisation},
                "dct:license": {"@id": LICENSE},
                "dct:language": ["en", "nl"],
                "dcat:dataset": datasets,
            }
        )

    def dataset(
        self,
        *,
        identifier: str,
        title: str,
        description: str,
        modified: str | None,
        downloads: list[str],
        temporal: tuple[str, str] | None = None,
    ) -> dict[str, Any]:
        data: dict[str, Any] = {
            "@id": identifier,
            "@type": "dcat:Dataset",
            "dct:identifier": identifier,
            "dct:title": title,
            "dct:description": description,
            "dct:license": {"@id": LICENSE},
            "dct:modified": modified,
            "dct:accessRights": {
                "@id": "http://publications.europa.eu/resource/authority/access-right/PUBLIC"
            },
            "dcat:distribution": [
                {
                    "@type": "dcat:Distribution",
                    "dcat:accessURL": {"@id": link},
                    "dcat:downloadURL": {"@id": link},
                    "dcat:mediaType": "text/csv" if link.endswith(".csv") else "application/json",
                    "dct:license": {"@id": LICENSE},
                }
                for link in downloads
            ],
        }
        if temporal:
            data["dct:temporal"] = {
                "@type": "dct:PeriodOfTime",
                "dcat:startDate": temporal[0],
                "dcat:endDate": temporal[1],
            }
        return data
