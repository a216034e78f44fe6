"""The same rules as the web application: Django model permissions of the roles
(``users/roles.py``), with reading too requiring ``view_<model>``."""

from __future__ import annotations

from typing import Any

from rest_framework.permissions import DjangoModelPermissions

READ = ["%(app_label)s.view_%(model_name)s"]
CHANGE = ["%(app_label)s.change_%(model_name)s"]


class ModelPermissions(DjangoModelPermissions):
    """GET needs ``view_``, POST ``add_``, PUT and PATCH ``change_``, DELETE ``delete_``; an
    action a viewset lists in ``change_actions`` (cancel, change status) needs ``change_``."""

    perms_map = {
        **DjangoModelPermissions.perms_map,
        "GET": READ,
        "HEAD": READ,
        "OPTIONS": READ,
    }

    def has_permission(self, request: Any, view: Any) -> bool:
        if getattr(view, "action", None) in getattr(view, "change_actions", ()):
            if not request.user or not request.user.is_authenticated:
                return False
            queryset = self._queryset(view)
            perms = [
                p
                % {
                    "app_label": queryset.model._meta.app_label,
                    "model_name": queryset.model._meta.model_name,
                }
                for p in CHANGE
            ]
            return bool(request.user.has_perms(perms))
        return super().has_permission(request, view)
