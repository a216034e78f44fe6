"""The narratives of a review as API resources."""

from __future__ import annotations

from intl_office.core.api.serializers import record_serializer
from intl_office.reviews.models import Narrative

NarrativeSerializer = record_serializer(Narrative)
