"""Shared base tests for the REST API: a resource declares its path, factory, roles, a valid and
an invalid body and its filters, and gets list, detail, create, update, delete, validation,
filter, permission (per role and anonymous) and query-count tests."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from auditlog.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from intl_office.core.api import API_VERSION
from intl_office.users.roles import READER
from intl_office.users.services import api_token_issue
from intl_office.users.tests.factories import UserFactory

API = "/api/v1"
PROBLEM = "application/problem+json"


def api_client(user: Any = None) -> APIClient:
    """A client that authenticates with an API token of ``user`` (anonymous without one)."""
    client = APIClient()
    if user is not None:
        _token, key = api_token_issue(user=user, name="tests")
        client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def as_role(role: str) -> tuple[APIClient, Any]:
    user = UserFactory(roles=[role])
    return api_client(user), user


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["status"] == status
    assert body["title"] and body["detail"]
    return body


@pytest.mark.django_db
class ApiResourceTests:
    resource: ClassVar[str]
    factory: ClassVar[Any]
    editor: ClassVar[str]  # a role that may add, change and delete
    reader: ClassVar[str | None] = READER  # a role that may only read
    outsider: ClassVar[str | None] = None  # a role that may not even read
    invalid_field: ClassVar[str]
    # (query, factory kwargs of a record that matches, of one that does not)
    filters: ClassVar[list[tuple[dict[str, str], dict[str, Any], dict[str, Any]]]] = []

    def url(self, pk: Any = None, action: str = "") -> str:
        path = f"{API}/{self.resource}" + (f"/{pk}" if pk is not None else "")
        return path + (f"/{action}" if action else "")

    def make(self, **kwargs: Any) -> Any:
        return self.factory(**kwargs)

    def lookup(self, obj: Any) -> Any:
        return obj.pk

    def create_data(self) -> dict[str, Any]:
        raise NotImplementedError

    def invalid_data(self) -> dict[str, Any]:
        raise NotImplementedError

    def update_data(self) -> dict[str, Any]:
        raise NotImplementedError

    # -- reading ---------------------------------------------------------------------------

    def test_anonymous_gets_401_problem(self):
        obj = self.make()
        client = api_client()
        assert_problem(client.get(self.url()), 401)
        assert_problem(client.get(self.url(self.lookup(obj))), 401)
        assert_problem(client.post(self.url(), self.create_data(), format="json"), 401)

    def test_list_is_paged_with_count_next_previous(self):
        for _ in range(3):
            self.make()
        client, _user = as_role(self.reader or self.editor)
        response = client.get(self.url(), {"pageSize": 2})
        assert response.status_code == 200, response.content
        assert response["API-Version"] == API_VERSION
        body = response.json()
        assert body["count"] >= 3
        assert len(body["results"]) == 2
        assert "page=2" in body["next"] and "pageSize=2" in body["next"]
        assert body["previous"] is None
        second = client.get(body["next"]).json()
        assert second["previous"] is not None
        assert not {r["id"] for r in second["results"]} & {r["id"] for r in body["results"]}

    def test_detail(self):
        obj = self.make()
        client, _user = as_role(self.reader or self.editor)
        response = client.get(self.url(self.lookup(obj)))
        assert response.status_code == 200, response.content
        assert response.json()["id"] == obj.pk

    def test_unknown_record_is_404_problem(self):
        client, _user = as_role(self.editor)
        assert_problem(client.get(self.url(987654321)), 404)

    def test_outsider_role_cannot_read(self):
        if self.outsider is None:
            pytest.skip("every role may read this resource")
        obj = self.make()
        client, _user = as_role(self.outsider)
        assert_problem(client.get(self.url()), 403)
        assert_problem(client.get(self.url(self.lookup(obj))), 403)

    def test_list_query_count_does_not_grow_with_rows(self):
        client, _user = as_role(self.editor)
        self.make()
        client.get(self.url())  # the token's first use is noted once
        with CaptureQueriesContext(connection) as one:
            assert client.get(self.url()).status_code == 200
        for _ in range(6):
            self.make()
        with CaptureQueriesContext(connection) as seven:
            response = client.get(self.url())
        assert response.json()["count"] >= 7
        assert len(seven) == len(one), [q["sql"] for q in seven.captured_queries]

    def test_filters(self):
        client, _user = as_role(self.editor)
        for query, matching, other in self.filters:
            match = self.make(**matching)
            miss = self.make(**other)
            response = client.get(self.url(), {**query, "pageSize": 500})
            assert response.status_code == 200, (query, response.content)
            ids = {r["id"] for r in response.json()["results"]}
            assert match.pk in ids, query
            assert miss.pk not in ids, query

    def test_unknown_filter_value_is_400_problem(self):
        client, _user = as_role(self.editor)
        response = client.get(self.url(), {"updatedSince": "not a date"})
        body = assert_problem(response, 400)
        assert body["invalidParams"][0]["name"] == "updatedSince"

    # -- writing ---------------------------------------------------------------------------

    def test_editor_creates_and_the_audit_trail_names_them(self):
        client, user = as_role(self.editor)
        response = client.post(self.url(), self.create_data(), format="json")
        assert response.status_code == 201, response.content
        obj = self.factory._meta.model.objects.get(pk=response.json()["id"])
        entry = LogEntry.objects.get_for_object(obj).get(action=LogEntry.Action.CREATE)
        assert entry.actor == user

    def test_invalid_body_is_400_problem_naming_the_field(self):
        client, _user = as_role(self.editor)
        model = self.factory._meta.model
        before = model.objects.count()
        response = client.post(self.url(), self.invalid_data(), format="json")
        body = assert_problem(response, 400)
        assert self.invalid_field in {p["name"] for p in body["invalidParams"]}, body
        assert model.objects.count() == before

    def test_editor_updates(self):
        obj = self.make()
        client, user = as_role(self.editor)
        changes = self.update_data()
        response = client.patch(self.url(self.lookup(obj)), changes, format="json")
        assert response.status_code == 200, response.content
        obj.refresh_from_db()
        for name, value in changes.items():
            assert response.json()[name] == value
        entry = (
            LogEntry.objects.get_for_object(obj)
            .filter(action=LogEntry.Action.UPDATE)
            .order_by("timestamp")
            .last()
        )
        assert entry is not None and entry.actor == user

    def test_editor_deletes(self):
        obj = self.make()
        client, _user = as_role(self.editor)
        response = client.delete(self.url(self.lookup(obj)))
        assert response.status_code == 204, response.content
        assert response["API-Version"] == API_VERSION
        assert not self.factory._meta.model.objects.filter(pk=obj.pk).exists()

    def test_reader_cannot_write(self):
        if self.reader is None:
            pytest.skip("no read-only role")
        obj = self.make()
        client, _user = as_role(self.reader)
        assert_problem(client.post(self.url(), self.create_data(), format="json"), 403)
        assert_problem(
            client.patch(self.url(self.lookup(obj)), self.update_data(), format="json"), 403
        )
        assert_problem(client.delete(self.url(self.lookup(obj))), 403)
        assert self.factory._meta.model.objects.filter(pk=obj.pk).exists()
