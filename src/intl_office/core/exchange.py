"""Import and export of records as XLSX or CSV.

An imported row passes through the same form (and so the same service) as a web post: one
validation path. A dry run saves every row inside a transaction and rolls it back, so it finds
exactly the errors the real import would; the real import is all or nothing."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import openpyxl
from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TRUE = {"1", "true", "yes", "ja", "waar", "x", "on"}


class UnreadableFile(Exception):
    pass


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (
            value.isoformat(sep=" ")
            if value.time() != datetime.min.time()
            else value.date().isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value).strip()


def decode(data: bytes) -> str:
    """UTF-8 (with or without the byte-order mark Excel writes) or else Windows-1252, the
    encoding Dutch Excel uses for "CSV (gescheiden door lijstscheidingsteken)"."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_rows(upload: Any) -> list[dict[str, str]]:
    """The rows of an uploaded XLSX or CSV file as dicts keyed by the header row."""
    data = upload.read()
    if data[:2] == b"PK":
        try:
            sheet = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True).active
        except Exception as error:
            raise UnreadableFile(_("This is not a readable XLSX file.")) from error
        values = [[_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    else:
        text = decode(data)
        first = text.split("\n", 1)[0]
        delimiter = ";" if first.count(";") > first.count(",") else ","
        values = [
            [v.strip() for v in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)
        ]
    if not values or not any(values[0]):
        raise UnreadableFile(_("The file has no header row."))
    header = [h.strip() for h in values[0]]
    return [dict(zip(header, row, strict=False)) for row in values[1:] if any(cell for cell in row)]


@dataclass
class RowError:
    row: int
    field: str
    message: str


@dataclass
class ImportResult:
    rows: int = 0
    saved: int = 0
    errors: list[RowError] = field(default_factory=list)
    dry_run: bool = True


def _form_data(form_class: Any, row: dict[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name, form_field in form_class.base_fields.items():
        value = row.get(name, "")
        if isinstance(form_field, forms.BooleanField):
            if value.casefold() in TRUE:
                data[name] = "on"
        elif isinstance(form_field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField):
            data[name] = [v.strip() for v in value.split(",") if v.strip()]
        elif isinstance(form_field, forms.DecimalField):
            data[name] = (
                value.replace(",", ".") if value.count(",") == 1 and "." not in value else value
            )
        else:
            data[name] = value
    return data


def import_rows(
    form_class: type[Any], rows: list[dict[str, str]], *, user: Any, dry_run: bool
) -> ImportResult:
    """Validate and save ``rows`` (row 1 is the header, so the first record is row 2) with
    ``form_class``. Nothing is kept when it is a dry run or when any row has an error."""
    result = ImportResult(rows=len(rows), dry_run=dry_run)
    with transaction.atomic():
        for number, row in enumerate(rows, start=2):
            form = form_class(data=_form_data(form_class, row), user=user)
            if form.is_valid():
                try:
                    with transaction.atomic():
                        form.save()
                    result.saved += 1
                    continue
                except ValidationError as error:
                    form.add_error(None, error)
            for name, messages in form.errors.items():
                label = str(form.fields[name].label) if name in form.fields else _("record")
                for message in messages:
                    result.errors.append(
                        RowError(
                            number, f"{label} ({name})" if name in form.fields else label, message
                        )
                    )
        if dry_run or result.errors:
            transaction.set_rollback(True)
            if result.errors:
                result.saved = 0
    return result


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        # In the office's time zone, as it was entered (spreadsheets know no time zones).
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(tzinfo=None)
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return value


def xlsx_response(name: str, columns: list[str], rows: list[dict[str, Any]]) -> HttpResponse:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = name[:31]
    sheet.append(columns)
    for row in rows:
        sheet.append([_cell(row.get(c)) for c in columns])
    out = io.BytesIO()
    book.save(out)
    response = HttpResponse(out.getvalue(), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    return response


def csv_response(name: str, columns: list[str], rows: list[dict[str, Any]]) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    response.write("\ufeff")  # so Excel reads it as UTF-8
    writer = csv.writer(response)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_text(_cell(row.get(c))) for c in columns])
    return response


def template_response(name: str, form_class: Any) -> HttpResponse:
    """An empty import file: the header row, and a second sheet explaining each column."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = name[:31]
    sheet.append(list(form_class.base_fields))
    help_sheet = book.create_sheet(_("columns"))
    help_sheet.append([_("column"), _("label"), _("required"), _("help"), _("values")])
    for column, form_field in form_class.base_fields.items():
        values = ""
        if isinstance(form_field, forms.ModelChoiceField):
            values = _("id of the record (several: comma-separated)")
        elif getattr(form_field, "choices", None):
            values = ", ".join(str(k) for k, _label in form_field.choices if k)  # type: ignore[attr-defined]
        elif isinstance(form_field, forms.DateTimeField):
            values = "YYYY-MM-DD HH:MM"
        elif isinstance(form_field, forms.DateField):
            values = "YYYY-MM-DD"
        help_sheet.append(
            [
                column,
                str(form_field.label or column),
                _("yes") if form_field.required else _("no"),
                str(form_field.help_text or ""),
                values,
            ]
        )
    out = io.BytesIO()
    book.save(out)
    response = HttpResponse(out.getvalue(), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{name}-template.xlsx"'
    return response
