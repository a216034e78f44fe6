"""``intl-office review``."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from intl_office.core.tests.factories import PolicyLineFactory, PolicyPeriodFactory

pytestmark = pytest.mark.django_db


def test_review_command_writes_the_file(tmp_path):
    period = PolicyPeriodFactory(slug="2021-2023", title_nl="Beleid 2021-2023")
    PolicyLineFactory(period=period, kind="trade", order=1, name_nl="Handel")
    target = tmp_path / "review.md"
    call_command(
        "review", "2021-2023", lang="nl", format="md", output=str(target), stderr=StringIO()
    )
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Terugblik: Beleid 2021-2023")
    assert "## Handel" in text


def test_review_command_names_the_known_periods_when_the_period_is_unknown():
    PolicyPeriodFactory(slug="2017-2020")
    with pytest.raises(CommandError, match="Known periods: 2017-2020"):
        call_command("review", "1999-2000", format="md")
