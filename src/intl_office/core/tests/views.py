"""Shared base tests of the generic record views: a model's test class declares its views,
factory, roles and a little data, and gets list, detail, create, edit, delete, permission,
import and export tests, with a query-count ceiling on the list."""

from __future__ import annotations

import csv
import io
from typing import Any, ClassVar

import openpyxl
import pytest
from auditlog.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext

from intl_office.core.views.generic import ModelViews


def csv_file(rows: list[dict[str, Any]], *, delimiter: str = ",", encoding: str = "utf-8"):
    out = io.StringIO()
    fieldnames = list(dict.fromkeys(name for row in rows for name in row))
    writer = csv.DictWriter(out, fieldnames=fieldnames, delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    data = io.BytesIO(out.getvalue().encode(encoding))
    data.name = "import.csv"
    return data


def form_values(data: dict[str, Any]) -> dict[str, Any]:
    """Declared data as a browser posts it: booleans only when true, lists as lists."""
    posted: dict[str, Any] = {}
    for name, value in data.items():
        if value is True:
            posted[name] = "on"
        elif value is False or value is None:
            continue
        else:
            posted[name] = value
    return posted


def import_values(data: dict[str, Any]) -> dict[str, str]:
    """Declared data as an import file holds it."""
    return {
        name: ",".join(str(v) for v in value) if isinstance(value, list) else str(value)
        for name, value in data.items()
        if value is not None
    }


@pytest.mark.django_db
class RecordViewsTests:
    views: ClassVar[type[ModelViews]]
    factory: ClassVar[Any]
    editor: ClassVar[str] = "administrator"
    viewer: ClassVar[str | None] = "reader"  # may see, may not add
    outsider: ClassVar[str | None] = None  # may not even see
    # Field values of a new record, and of a change to an existing one.
    create: ClassVar[dict[str, Any]] = {}
    update: ClassVar[dict[str, Any]] = {}
    # A field and a value the form rejects, for the bad row of an import.
    bad: ClassVar[tuple[str, str]] = ("", "")

    def create_data(self) -> dict[str, Any]:
        """Override when the data needs records made first."""
        return dict(self.create)

    @pytest.fixture(autouse=True)
    def _client(self, client, user_in_role):
        self.client = client
        self.user_in_role = user_in_role
        client.force_login(user_in_role(self.editor))

    def make(self, **kwargs: Any) -> Any:
        return self.factory(**kwargs)

    def test_list_shows_the_records(self):
        record = self.make()
        response = self.client.get(self.views.url("list"))
        assert response.status_code == 200
        assert record.get_absolute_url() in response.content.decode()

    def test_list_makes_as_many_queries_for_many_records_as_for_one(
        self, django_assert_max_num_queries
    ):
        self.make()
        with CaptureQueriesContext(connection) as one:
            assert self.client.get(self.views.url("list")).status_code == 200
        for _ in range(30):
            self.make()
        with django_assert_max_num_queries(len(one)):
            response = self.client.get(self.views.url("list"))
        assert response.context["table"].paginator.count >= 31

    def test_htmx_filtering_returns_only_the_results(self):
        self.make()
        response = self.client.get(self.views.url("list"), headers={"HX-Request": "true"})
        content = response.content.decode()
        assert 'id="results"' in content
        assert "<html" not in content

    def test_detail_shows_the_record_and_its_history(self):
        record = self.views.model._default_manager.get(pk=self.make().pk)
        response = self.client.get(record.get_absolute_url())
        assert response.status_code == 200
        content = response.content.decode()
        assert str(record) in content or str(record).replace("'", "&#x27;") in content
        assert "history" in content

    def test_create_saves_through_the_service_with_an_audit_entry(self):
        model = self.views.model
        before = set(model._default_manager.values_list("pk", flat=True))
        response = self.client.post(self.views.url("create"), form_values(self.create_data()))
        assert response.status_code == 302, response.context["form"].errors
        created = model._default_manager.exclude(pk__in=before).get()
        assert response["Location"] == created.get_absolute_url()
        assert LogEntry.objects.get_for_object(created).exists()

    def test_create_shows_an_error_summary(self):
        field, value = self.bad
        data = form_values({**self.create_data(), field: value})
        response = self.client.post(self.views.url("create"), data)
        assert response.status_code == 200
        assert 'id="error-summary"' in response.content.decode()
        assert field in response.context["form"].errors

    def test_edit_changes_the_record(self):
        record = self.make()
        data = {**self.views.form.values_of(record), **self.update}
        multiple = self._multiple()
        data = {
            k: ([x for x in v.split(",") if x] if k in multiple and isinstance(v, str) else v)
            for k, v in data.items()
        }
        response = self.client.post(self.views.url("update", record.pk), form_values(data))
        assert response.status_code == 302, response.context["form"].errors
        record.refresh_from_db()
        for name, value in self.update.items():
            assert str(getattr(record, name)) == str(value)

    def _multiple(self) -> set[str]:
        from django import forms

        return {
            name
            for name, field in self.views.form.base_fields.items()
            if isinstance(field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField)
        }

    def test_delete_removes_the_record(self):
        record = self.make()
        response = self.client.post(self.views.url("delete", record.pk))
        assert response.status_code == 302
        assert not self.views.model._default_manager.filter(pk=record.pk).exists()

    def test_anonymous_users_are_sent_to_the_login_page(self, client):
        client.logout()
        response = client.get(self.views.url("list"))
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")

    def test_a_role_that_may_only_view_cannot_add_change_or_delete(self, client):
        if self.viewer is None:
            pytest.skip("every role that sees these records may edit them")
        record = self.make()
        client.force_login(self.user_in_role(self.viewer))
        assert client.get(self.views.url("list")).status_code == 200
        assert "New " not in client.get(self.views.url("list")).content.decode()
        assert client.get(self.views.url("create")).status_code == 403
        assert client.post(self.views.url("update", record.pk), {}).status_code == 403
        assert client.post(self.views.url("delete", record.pk)).status_code == 403
        assert client.get(self.views.url("import")).status_code == 403

    def test_a_role_without_access_sees_nothing(self, client):
        if self.outsider is None:
            pytest.skip("every role may see these records")
        record = self.make()
        client.force_login(self.user_in_role(self.outsider))
        assert client.get(self.views.url("list")).status_code == 403
        assert client.get(record.get_absolute_url()).status_code == 403
        assert client.get(self.views.url("export")).status_code == 403

    def test_export_csv_and_xlsx_hold_the_filtered_records(self):
        record = self.make()
        response = self.client.get(self.views.url("export"), {"format": "csv"})
        rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert list(rows[0]) == list(self.views.form.base_fields)
        assert len(rows) == self.views.model._default_manager.count()
        response = self.client.get(self.views.url("export"), {"format": "xlsx"})
        sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
        assert sheet.max_row == len(rows) + 1
        assert record.pk  # the record itself is in the file
        response = self.client.get(self.views.url("export"), {"format": "csv", "q": "zzz-none"})
        if self.views.filterset.search_fields:
            assert response.content.decode("utf-8-sig").strip().count("\n") == 0

    def test_import_template_lists_the_form_fields(self):
        response = self.client.get(self.views.url("import_template"))
        book = openpyxl.load_workbook(io.BytesIO(response.content))
        header = [c.value for c in next(book.active.iter_rows(max_row=1))]
        assert header == list(self.views.form.base_fields)

    def test_import_dry_run_lists_the_bad_row_and_saves_nothing(self):
        model = self.views.model
        count = model._default_manager.count()
        field, value = self.bad
        good = import_values(self.create_data())
        rows = [good, {**good, field: value}]
        response = self.client.post(
            self.views.url("import"),
            {"file": csv_file(rows, delimiter=";", encoding="cp1252"), "dry_run": "on"},
        )
        errors = response.context["result"].errors
        assert [e.row for e in errors] and {e.row for e in errors} == {3}
        assert any(f"({field})" in e.field for e in errors)
        assert model._default_manager.count() == count
        # Without the dry run the import is still all or nothing.
        response = self.client.post(
            self.views.url("import"),
            {"file": csv_file(rows, delimiter=";", encoding="cp1252")},
        )
        assert response.status_code == 200
        assert model._default_manager.count() == count

    def test_import_saves_the_valid_rows(self):
        model = self.views.model
        count = model._default_manager.count()
        response = self.client.post(
            self.views.url("import"), {"file": csv_file([import_values(self.create_data())])}
        )
        assert response.status_code == 302
        assert model._default_manager.count() == count + 1
