"""``intl-office review 2017-2020 --lang en --format pdf -o review.pdf``: write a period's
policy review."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from intl_office.core.models import PolicyPeriod
from intl_office.reviews.renderers import RENDERERS
from intl_office.reviews.services import review_render


class Command(BaseCommand):
    help = (
        "Write the policy review of a period, generated from the records, as HTML, PDF, DOCX "
        "or Markdown (or the welcome desk infographic as SVG or PNG)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("period", help="Code of the policy period, e.g. 2017-2020.")
        parser.add_argument(
            "--lang", choices=["nl", "en"], default="nl", help="Language of the review."
        )
        parser.add_argument(
            "--format", choices=sorted(RENDERERS), default="html", help="Output format."
        )
        parser.add_argument(
            "-o",
            "--output",
            help="File to write; without it, text formats go to standard output.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            period = PolicyPeriod.objects.get(slug=options["period"])
        except PolicyPeriod.DoesNotExist:
            known = ", ".join(PolicyPeriod.objects.values_list("slug", flat=True)) or "none"
            raise CommandError(
                f"No policy period “{options['period']}”. Known periods: {known}."
            ) from None
        content = review_render(period=period, language=options["lang"], format=options["format"])
        if options["output"]:
            path = Path(options["output"])
            path.write_bytes(content)
            self.stderr.write(f"Wrote {path} ({len(content):,} bytes).")
        elif options["format"] in ("html", "md", "infographic-svg"):
            self.stdout.write(content.decode(), ending="")
        else:
            if sys.stdout.isatty():
                raise CommandError(f"{options['format']} is binary: give a file with -o.")
            sys.stdout.buffer.write(content)
