"""Writes on users and roles."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from intl_office.users.models import ApiToken, User
from intl_office.users.roles import ROLES, Role

ACTIONS = ("add", "change", "delete", "view")


def _matches(perm: Permission, entries: tuple[str, ...]) -> bool:
    app_label = perm.content_type.app_label
    model = perm.content_type.model
    return any(entry in (app_label, f"{app_label}.{model}") for entry in entries)


def _role_permissions(role: Role, everything: list[Permission]) -> set[Permission]:
    if role.all_permissions:
        return set(everything)
    chosen: set[Permission] = set()
    for perm in everything:
        if _matches(perm, role.exclude):
            continue
        action, _sep, model = perm.codename.partition("_")
        # Only Django's default add/change/delete/view_<model> permissions follow from "edit" and
        # "view"; a custom one such as relations.view_confidential must be granted in "extra".
        if model != perm.content_type.model:
            action = ""
        editable = action in ACTIONS and _matches(perm, role.edit)
        readable = action == "view" and _matches(perm, role.view)
        if editable or readable or f"{perm.content_type.app_label}.{perm.codename}" in role.extra:
            chosen.add(perm)
    return chosen


@transaction.atomic
def roles_sync() -> dict[str, int]:
    """Create or update a group per role with exactly its permissions. Idempotent."""
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    everything = list(Permission.objects.select_related("content_type"))
    counts = {}
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role.name)
        perms = _role_permissions(role, everything)
        group.permissions.set(perms)
        counts[role.name] = len(perms)
    return counts


@transaction.atomic
def user_create_for_role(
    *, username: str, role: str, password: str | None = None
) -> tuple[User, str]:
    """Create a user in one role's group; returns the user and the password it was given."""
    group = Group.objects.get(name=role)
    password = password or secrets.token_urlsafe(12)
    user = User(username=username, is_staff=True, is_superuser=role == ROLES[0].name)
    user.set_password(password)
    user.full_clean()
    user.save()
    user.groups.add(group)
    return user, password


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@transaction.atomic
def api_token_issue(*, user: User, name: str) -> tuple[ApiToken, str]:
    """Issue an API token for ``user``; returns the token and its key. Only a hash of the key
    is stored, so the key can be shown this once and never again."""
    if not user.is_active:
        raise ValidationError({"user": _("An inactive user cannot get an API token.")})
    while True:
        key = secrets.token_urlsafe(32)
        prefix = key[:8]
        # A key that starts with "-" would read as an option on the command line
        # (`intl-office api-token revoke PREFIX`).
        if key.startswith("-"):
            continue
        if not ApiToken.objects.filter(prefix=prefix).exists():
            break
    token = ApiToken(user=user, name=name, prefix=prefix, key_hash=_hash(key))
    token.full_clean()
    token.save()
    return token, key


@transaction.atomic
def api_token_revoke(*, token: ApiToken) -> ApiToken:
    """Revoke a token: requests with its key are refused from now on."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def api_token_user(key: str) -> User | None:
    """The active user a key belongs to, or ``None`` for an unknown, revoked or wrong key.
    Notes when the token was last used (once a minute at most, without an audit entry)."""
    token = (
        ApiToken.objects.select_related("user")
        .filter(prefix=key[:8], revoked_at__isnull=True)
        .first()
    )
    if token is None or not hmac.compare_digest(token.key_hash, _hash(key)):
        return None
    if not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
