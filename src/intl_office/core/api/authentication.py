"""Token authentication: ``Authorization: Token <key>`` (or ``Bearer <key>``) against the hashed
keys of :class:`users.models.ApiToken`."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from intl_office.users.services import api_token_user


class TokenAuthentication(authentication.BaseAuthentication):
    keywords = ("token", "bearer")

    def authenticate(self, request: Any) -> tuple[Any, None] | None:
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].decode(errors="replace").lower() not in self.keywords:
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(_("Give the token after “Token ”."))
        user = api_token_user(header[1].decode(errors="replace"))
        if user is None:
            raise exceptions.AuthenticationFailed(_("Unknown or revoked token."))
        return user, None

    def authenticate_header(self, request: Any) -> str:
        return "Token"


class TokenAuthenticationScheme(OpenApiAuthenticationExtension):
    """How the OpenAPI document describes the token."""

    target_class = TokenAuthentication
    name = "tokenAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "An API token issued by an administrator, as `Token <key>`.",
        }
