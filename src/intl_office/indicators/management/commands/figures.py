"""``intl-office figures 2017-2020``: every figure of a policy period with its provenance."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from intl_office.core.models import PolicyPeriod
from intl_office.indicators.selectors import period_figures


class Command(BaseCommand):
    help = (
        "Print the figures of a policy period: key, label, period, value, qualifier, "
        "provenance and source."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("period", help="Code of the policy period, e.g. 2017-2020.")
        parser.add_argument("--format", choices=["table", "json"], default="table")
        parser.add_argument(
            "--lang", choices=["nl", "en"], default="en", help="Language of the labels."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            period = PolicyPeriod.objects.get(slug=options["period"])
        except PolicyPeriod.DoesNotExist:
            known = ", ".join(PolicyPeriod.objects.values_list("slug", flat=True)) or "none"
            raise CommandError(
                f"No policy period “{options['period']}”. Known periods: {known}."
            ) from None
        with translation.override(options["lang"]):
            figures = period_figures(period, language=options["lang"])
        if options["format"] == "json":
            self.stdout.write(
                json.dumps([f.as_json() for f in figures], ensure_ascii=False, indent=2)
            )
            return
        rows = [
            (
                f.key,
                f.label,
                f.period,
                _qualified(f.qualifier, f.value, f.unit),
                f.provenance,
                f.source or _records(f.records),
            )
            for f in figures
        ]
        header = ("key", "label", "period", "value", "provenance", "source")
        widths = [min(max(len(str(r[i])) for r in [header, *rows]), 60) for i in range(len(header))]
        for row in [header, tuple("-" * w for w in widths), *rows]:
            self.stdout.write(
                "  ".join(
                    str(cell)[:60].ljust(w) for cell, w in zip(row, widths, strict=True)
                ).rstrip()
            )


def _qualified(qualifier: str, value: Any, unit: str) -> str:
    prefix = {
        "more_than": "> ",
        "at_least": ">= ",
        "less_than": "< ",
        "at_most": "<= ",
        "about": "~ ",
    }.get(qualifier, "")
    number = f"{value.normalize():f}"
    return f"{prefix}{number}{' %' if unit == 'percent' else ''}"


def _records(records: dict[str, Any]) -> str:
    if not records:
        return ""
    filters = ", ".join(f"{k}={v}" for k, v in records["filters"].items())
    return f"records: {records['model']} ({filters})"
