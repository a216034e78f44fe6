from __future__ import annotations

import pytest

from intl_office.core.models import PolicyPeriod
from intl_office.demo.loader import GRONINGEN, load_dataset


@pytest.fixture
def groningen(db) -> PolicyPeriod:
    load_dataset(GRONINGEN)
    return PolicyPeriod.objects.get(slug="2017-2020")


@pytest.fixture(autouse=True)
def _static_root(settings):
    # WhiteNoise warns on every request when the folder collectstatic would fill is missing.
    from pathlib import Path

    Path(settings.STATIC_ROOT).mkdir(parents=True, exist_ok=True)
