from __future__ import annotations

from typing import Any

from django.apps import apps
from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _


def organisation(request: HttpRequest) -> dict[str, str]:
    return {
        "organisation_name": settings.INTL_OFFICE_ORGANISATION_NAME,
        "organisation_logo": settings.INTL_OFFICE_LOGO_URL,
    }


MODULE_ORDER = (
    "relations",
    "activities",
    "eu_projects",
    "welcome_desk",
    "indicators",
    "reviews",
    "core",
)


def navigation(request: HttpRequest) -> dict[str, Any]:
    """The modules and record types the user's role may see, and nothing else."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    from intl_office.core.views.generic import REGISTRY, permission

    modules: dict[str, list[dict[str, str]]] = {label: [] for label in MODULE_ORDER}
    if user.has_perm("welcome_desk.add_deskcontact"):
        modules["welcome_desk"].append(
            {"label": _("Record a desk contact"), "url": reverse("welcome_desk:quick_entry")}
        )
    if user.has_perm("activities.view_activity"):
        modules["activities"].append(
            {"label": _("Calendar"), "url": reverse("activities:calendar")}
        )
    for model, views in REGISTRY.items():
        label = model._meta.app_label
        if label in modules and user.has_perm(permission(model, "view")):
            modules[label].append(
                {
                    "label": capfirst(str(model._meta.verbose_name_plural)),
                    "url": views.url("list"),
                }
            )
    navigation = [
        {
            "label": _("Shared records")
            if label == "core"
            else capfirst(str(apps.get_app_config(label).verbose_name)),
            "items": items,
        }
        for label, items in modules.items()
        if items
    ]
    extra = []
    if user.has_perm("reviews.generate_review"):
        extra.append({"label": _("Policy reviews"), "url": reverse("reviews:index")})
    if user.is_staff and user.has_perm("users.change_user"):  # the administrator
        extra.append({"label": _("Administration"), "url": reverse("admin:index")})
    if extra:
        navigation.append({"label": _("More"), "items": extra})
    return {"navigation": navigation}
