"""The roles of the product as groups with their permissions.

Each role lists what it may change (``edit``: add, change, delete, view) and what it may only
read (``view``), as ``app_label`` or ``app_label.model`` entries, plus extra named permissions.
Applied by :func:`users.services.roles_sync`, which is idempotent.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

CONTENT_APPS = (
    "core",
    "relations",
    "activities",
    "eu_projects",
    "welcome_desk",
    "indicators",
    "reviews",
)
# Shared reference records every editing role maintains.
SHARED_REFERENCE = (
    "core.place",
    "core.organisation",
    "core.theme",
    "core.source",
    "core.journalentry",
    "core.attachment",
)
PERSONAL = ("core.person",)


@dataclass(frozen=True)
class Role:
    name: str
    label: object
    edit: tuple[str, ...] = ()
    view: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    all_permissions: bool = False
    exclude: tuple[str, ...] = field(default=())


ADMINISTRATOR = "administrator"
POLICY_ADVISOR = "policy advisor"
EU_PROJECTS_OFFICER = "EU projects officer"
WELCOME_DESK = "welcome desk"
READER = "reader"

ROLES: tuple[Role, ...] = (
    Role(ADMINISTRATOR, _("administrator"), all_permissions=True),
    Role(
        POLICY_ADVISOR,
        _("policy advisor"),
        edit=(
            "relations",
            "activities",
            "indicators",
            "reviews",
            "core.person",
            "core.policyperiod",
            "core.policyline",
            "core.missionstatement",
            *SHARED_REFERENCE,
        ),
        view=CONTENT_APPS,
        extra=("reviews.generate_review", "relations.view_confidential"),
    ),
    Role(
        EU_PROJECTS_OFFICER,
        _("EU projects officer"),
        edit=("eu_projects", "core.person", *SHARED_REFERENCE),
        view=CONTENT_APPS,
        extra=("reviews.generate_review",),
    ),
    Role(
        WELCOME_DESK,
        _("welcome desk"),
        edit=(
            "welcome_desk",
            "core.organisation",
            "core.place",
            "core.journalentry",
            "core.attachment",
        ),
        view=("indicators", "core.theme", "core.source", "core.policyperiod", "core.policyline"),
    ),
    Role(
        READER,
        _("reader"),
        view=CONTENT_APPS,
        extra=("reviews.generate_review",),
        exclude=PERSONAL,
    ),
)
