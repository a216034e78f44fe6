"""Filters of the list of review texts."""

from __future__ import annotations

from intl_office.core.filtersets import RecordFilterSet
from intl_office.reviews.models import Narrative


class NarrativeFilterSet(RecordFilterSet):
    search_fields = ("text",)

    class Meta:
        model = Narrative
        fields = ["period", "section", "language"]
