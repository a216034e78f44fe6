"""Shared fixtures of the test suite.

Tests never write into the repository: the data folder (secret key, uploads, static files) is a
temporary folder. The environment variable is set at import time, before Django's settings are
read where that is still possible; pytest-django reads the settings before it imports this file,
so the folders already in the settings are pointed at the temporary folder as well.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("INTL_OFFICE_DATA_DIR", tempfile.mkdtemp(prefix="intl-office-tests-"))

import factory.random
import pytest
from django.conf import settings

DATA_DIR = Path(os.environ["INTL_OFFICE_DATA_DIR"]).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)
settings.DATA_DIR = DATA_DIR
settings.MEDIA_ROOT = DATA_DIR / "media"
settings.STATIC_ROOT = DATA_DIR / "static"
# Hashing passwords properly costs a tenth of a second a user; tests do not need it.
settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# The same fake names on every run, so a failure can be reproduced.
factory.random.reseed_random("intl-office")


@pytest.fixture(autouse=True)
def _english(settings):
    """Messages in English, so tests can match on them whatever LANGUAGE_CODE says."""
    from django.utils import translation

    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def user_in_role(db):
    """A function making a user in one of the product's roles (groups from ``roles_sync``)."""
    from intl_office.users.tests.factories import UserFactory

    def make(role: str, **kwargs):
        return UserFactory(roles=[role], **kwargs)

    return make
