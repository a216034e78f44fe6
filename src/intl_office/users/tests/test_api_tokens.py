"""API tokens: hashed at rest, issued and revoked by an administrator (admin page, command)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from intl_office.users.models import ApiToken
from intl_office.users.roles import ADMINISTRATOR, READER
from intl_office.users.services import api_token_issue, api_token_revoke, api_token_user
from intl_office.users.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_only_a_hash_of_the_key_is_stored():
    user = UserFactory(roles=[READER])
    token, key = api_token_issue(user=user, name="portal")
    assert key not in token.key_hash and len(token.key_hash) == 64
    assert not ApiToken.objects.filter(key_hash=key).exists()
    assert api_token_user(key) == user
    assert api_token_user(key[:-1] + ("a" if key[-1] != "a" else "b")) is None


def test_revoked_tokens_and_inactive_users_are_refused():
    user = UserFactory(roles=[READER])
    token, key = api_token_issue(user=user, name="portal")
    api_token_revoke(token=token)
    assert api_token_user(key) is None
    _token, other = api_token_issue(user=user, name="second")
    user.is_active = False
    user.save()
    assert api_token_user(other) is None


def test_the_command_issues_lists_and_revokes():
    UserFactory(username="portal", roles=[READER])
    out = StringIO()
    call_command(
        "api_token", "issue", "portal", "--name", "data portal", stdout=out, stderr=StringIO()
    )
    key = out.getvalue().strip()
    token = ApiToken.objects.get()
    assert api_token_user(key).username == "portal"
    listing = StringIO()
    call_command("api_token", "list", stdout=listing)
    assert token.prefix in listing.getvalue() and "active" in listing.getvalue()
    call_command("api_token", "revoke", token.prefix, stdout=StringIO())
    assert api_token_user(key) is None
    with pytest.raises(CommandError):
        call_command("api_token", "issue", "nobody", "--name", "x", stdout=StringIO())


def test_an_administrator_issues_a_token_on_the_admin_page_and_sees_the_key_once(client):
    client.force_login(UserFactory(roles=[ADMINISTRATOR], is_superuser=True))
    reader = UserFactory(roles=[READER])
    response = client.post(
        "/admin/users/apitoken/add/", {"user": reader.pk, "name": "dashboard"}, follow=True
    )
    assert response.status_code == 200
    token = ApiToken.objects.get(user=reader)
    [message] = [str(m) for m in response.context["messages"] if "only this once" in str(m)]
    key = message.rsplit(": ", 1)[1]
    assert api_token_user(key) == reader
    assert token.key_hash not in response.content.decode()
    client.post(
        "/admin/users/apitoken/",
        {"action": "revoke", "_selected_action": [token.pk]},
        follow=True,
    )
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_no_key_starts_with_a_dash_so_its_prefix_works_on_the_command_line(monkeypatch):
    user = UserFactory(roles=[READER])
    keys = iter(["-" + "a" * 42, "b" * 43])
    monkeypatch.setattr("intl_office.users.services.secrets.token_urlsafe", lambda n: next(keys))
    token, key = api_token_issue(user=user, name="portal")
    assert key == "b" * 43 and token.prefix == "bbbbbbbb"
