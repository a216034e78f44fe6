"""``intl-office load-demo``: load the Groningen 2017-2020 dataset (idempotent)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from intl_office.demo.loader import GRONINGEN, DatasetError, load_dataset


class Command(BaseCommand):
    help = (
        "Load the Groningen 2017-2020 dataset, or another dataset file. "
        "Loading twice changes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--file", type=Path, default=GRONINGEN, help="A dataset file (TOML).")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            result = load_dataset(options["file"])
        except DatasetError as error:
            raise CommandError(f"Nothing was loaded. {error}") from None
        if not result.changes:
            self.stdout.write("The dataset was already loaded; nothing changed.")
            return
        for label in sorted({*result.created, *result.updated}):
            created, updated = result.created.get(label, 0), result.updated.get(label, 0)
            self.stdout.write(f"  {label}: {created} new, {updated} updated")
        self.stdout.write(
            self.style.SUCCESS(f"Loaded the dataset: {result.changes} records written.")
        )
