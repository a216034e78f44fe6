"""Building a review: from a period and language to the bytes of one format."""

from __future__ import annotations

from django.conf import settings

from intl_office.core.models import PolicyPeriod
from intl_office.reviews.renderers import get_renderer
from intl_office.reviews.selectors import review_data


def review_render(*, period: PolicyPeriod, language: str, format: str) -> bytes:
    """The review of ``period`` in ``language`` as ``format`` (a registered renderer)."""
    renderer = get_renderer(format)
    data = review_data(period, language, organisation=settings.INTL_OFFICE_ORGANISATION_NAME)
    return renderer.render(data)
