"""The form of a review's editorial text."""

from __future__ import annotations

from intl_office.core.forms import RecordForm
from intl_office.reviews.models import Narrative


class NarrativeForm(RecordForm):
    class Meta:
        model = Narrative
        fields = ["period", "section", "policy_line", "language", "text"]
