"""Every record of the product is kept in the audit trail (django-auditlog): who, when, before,
after — for changes from the admin, the web application, the API, imports and commands alike."""

from __future__ import annotations

from auditlog.registry import auditlog
from django.apps import apps

AUDITED_APPS = (
    "core",
    "users",
    "relations",
    "activities",
    "eu_projects",
    "welcome_desk",
    "indicators",
    "reviews",
)
# Never copy secrets into the trail.
EXCLUDED_FIELDS = {
    "users.user": ["password", "last_login"],
    "users.apitoken": ["key_hash", "last_used_at"],
}


def register_all() -> None:
    for model in apps.get_models():
        label = model._meta.label_lower
        if model._meta.app_label not in AUDITED_APPS or auditlog.contains(model):
            continue
        m2m = {f.name for f in model._meta.many_to_many}
        auditlog.register(model, m2m_fields=m2m, exclude_fields=EXCLUDED_FIELDS.get(label, []))
