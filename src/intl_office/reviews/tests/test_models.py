from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from intl_office.core.tests.factories import PolicyLineFactory, PolicyPeriodFactory
from intl_office.reviews.models import Narrative
from intl_office.reviews.tests.factories import NarrativeFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("section", "with_line", "allowed"),
    [
        ("line", True, True),
        ("line", False, False),
        ("introduction", False, True),
        ("introduction", True, False),
    ],
)
def test_a_chapter_text_belongs_to_a_policy_line_and_only_a_chapter(section, with_line, allowed):
    period = PolicyPeriodFactory()
    line = PolicyLineFactory(period=period) if with_line else None
    if allowed:
        NarrativeFactory(period=period, section=section, policy_line=line)
        assert Narrative.objects.count() == 1
    else:
        with pytest.raises(IntegrityError), transaction.atomic():
            NarrativeFactory(period=period, section=section, policy_line=line)


def test_one_text_per_section_and_language():
    first = NarrativeFactory(language="en")
    NarrativeFactory(period=first.period, language="nl")
    with pytest.raises(IntegrityError), transaction.atomic():
        NarrativeFactory(period=first.period, language="en")
