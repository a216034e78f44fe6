from __future__ import annotations

import factory

from intl_office.core.tests.factories import PolicyPeriodFactory
from intl_office.reviews.models import Narrative, Section


class NarrativeFactory(factory.django.DjangoModelFactory):
    """The English introduction of a period's review; for a chapter pass ``section="line"``
    and ``policy_line=``."""

    class Meta:
        model = Narrative

    period = factory.SubFactory(PolicyPeriodFactory)
    section = Section.INTRODUCTION
    policy_line = None
    language = "en"
    text = "In this period the city **strengthened** its ties abroad."
