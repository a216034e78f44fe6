"""The review as a web page, with a language switch and a download per format."""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from intl_office.core.choices import Language
from intl_office.core.models import PolicyPeriod
from intl_office.core.views.generic import ModelViews
from intl_office.reviews import filtersets, forms, tables
from intl_office.reviews.models import Narrative
from intl_office.reviews.renderers import RENDERERS
from intl_office.reviews.renderers.html import render_page
from intl_office.reviews.selectors import review_data
from intl_office.reviews.services import review_render

PERMISSION = "reviews.generate_review"
DOWNLOAD_ORDER = ["pdf", "docx", "html", "md", "infographic-png", "infographic-svg"]


def _period_for(request: HttpRequest, slug: str) -> PolicyPeriod:
    """The period, if the user may read its review: with the permission, or anyone once the
    period is published."""
    period = get_object_or_404(PolicyPeriod, slug=slug)
    if period.published or request.user.has_perm(PERMISSION):
        return period
    if not request.user.is_authenticated:
        raise _LoginRequired
    raise PermissionDenied


class _LoginRequired(Exception):
    pass


def _language(request: HttpRequest) -> str:
    language = request.GET.get("lang") or (request.LANGUAGE_CODE or "nl")[:2]
    if language not in Language.values:
        raise Http404("unknown language")
    return language


def review_page(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        period = _period_for(request, slug)
    except _LoginRequired:
        return redirect_to_login(request.get_full_path())
    language = _language(request)
    data = review_data(period, language, organisation=settings.INTL_OFFICE_ORGANISATION_NAME)
    downloads = [
        {
            "label": renderer.label,
            "url": reverse("reviews:download", args=[slug, name])
            + f"?{urlencode({'lang': language})}",
        }
        for name, renderer in sorted(
            RENDERERS.items(),
            key=lambda item: (
                DOWNLOAD_ORDER.index(item[0]) if item[0] in DOWNLOAD_ORDER else len(DOWNLOAD_ORDER)
            ),
        )
    ]
    switch = [
        {
            "code": code,
            "label": str(label),
            "url": reverse("reviews:page", args=[slug]) + f"?{urlencode({'lang': code})}",
            "current": "1" if code == language else "",
        }
        for code, label in Language.choices
    ]
    html = render_page(data, interactive=True, downloads=downloads, switch=switch)
    response = HttpResponse(html, content_type="text/html; charset=utf-8")
    response["Content-Language"] = language
    return response


def review_download(request: HttpRequest, slug: str, format: str) -> HttpResponse:
    try:
        period = _period_for(request, slug)
    except _LoginRequired:
        return redirect_to_login(request.get_full_path())
    renderer = RENDERERS.get(format)
    if renderer is None:
        raise Http404("unknown format")
    language = _language(request)
    content = review_render(period=period, language=language, format=format)
    response = HttpResponse(content, content_type=renderer.content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="review-{period.slug}-{language}.{renderer.extension}"'
    )
    response["Content-Language"] = language
    return response


def review_index(request: HttpRequest) -> HttpResponse:
    """The policy periods whose review the user may read, each in both languages."""
    periods = PolicyPeriod.objects.order_by("-start")
    if not request.user.has_perm(PERMISSION):
        periods = periods.filter(published=True)
        if not request.user.is_authenticated and not periods.exists():
            return redirect_to_login(request.get_full_path())
    rows = [
        {
            "period": period,
            "links": [
                {
                    "label": str(label),
                    "url": reverse("reviews:page", args=[period.slug])
                    + f"?{urlencode({'lang': code})}",
                }
                for code, label in Language.choices
            ],
        }
        for period in periods
    ]
    return render(request, "reviews/index.html", {"rows": rows})


class NarrativeViews(ModelViews):
    """The editorial text of a review, per period, section, policy line and language."""

    model = Narrative
    form = forms.NarrativeForm
    filterset = filtersets.NarrativeFilterSet
    table = tables.NarrativeTable
    select_related = ("period", "policy_line")
