"""How long the review takes to build, per format, for the Groningen dataset and for a large
synthetic office (100,000 desk contacts and 10,000 activities by default), and how many SQL
queries building its data takes.

    .venv/bin/python benchmarks/review_benchmark.py            # the full run (a few minutes)
    .venv/bin/python benchmarks/review_benchmark.py --smoke    # a tiny office, for CI

It works in a database of its own: a new SQLite file in a temporary folder, or the PostgreSQL
database named by ``DATABASE_URL``, which must be a new, empty database (it writes thousands of
records: never point it at real data).
Not part of the test suite."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

FORMATS = ("md", "html", "pdf", "docx")


def setup() -> None:
    os.environ.setdefault("INTL_OFFICE_DATA_DIR", tempfile.mkdtemp(prefix="intl-office-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "intl_office.settings")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def measure(slug: str, label: str) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from intl_office.core.models import PolicyPeriod
    from intl_office.reviews.renderers import RENDERERS
    from intl_office.reviews.selectors import review_data

    period = PolicyPeriod.objects.get(slug=slug)
    for language in ("nl", "en"):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            data = review_data(period, language)
        data_seconds = time.perf_counter() - started
        print(
            f"| {label} | {language} | data | {data_seconds:.2f} s | {len(queries)} queries |",
            flush=True,
        )
        for fmt in FORMATS:
            started = time.perf_counter()
            content = RENDERERS[fmt].render(data)
            seconds = time.perf_counter() - started
            print(
                f"| {label} | {language} | {fmt} | {seconds:.2f} s | {len(content):,} bytes |",
                flush=True,
            )


def build_large_office(contacts: int, activities: int) -> str:
    """A synthetic office with years of records, written with bulk_create."""
    from django.db import transaction

    from intl_office.activities.choices import ActivityKind, ActivityStatus, Direction
    from intl_office.activities.models import Activity
    from intl_office.core.models import Organisation, Place, PolicyLine, PolicyPeriod
    from intl_office.eu_projects.models import EUProject
    from intl_office.relations.models import Relation
    from intl_office.welcome_desk.models import ClientAgreement, DeskContact, Formality

    tz = ZoneInfo("Europe/Amsterdam")
    start, years = date(2021, 1, 1), 4
    days = years * 365
    with transaction.atomic():
        period = PolicyPeriod.objects.create(
            slug="2021-2024",
            title_nl="Synthetisch kantoor 2021-2024",
            title_en="Synthetic office 2021-2024",
            start=start,
            end=date(2024, 12, 31),
            introduction_en="A large office to measure the review.",
        )
        for order, kind in enumerate(["welcome", "relations", "europe", "trade"], start=1):
            PolicyLine.objects.create(
                period=period, kind=kind, order=order, name_nl=kind, name_en=kind
            )
        nationalities = ["DE", "IN", "CN", "IT", "US", "ES", "TR", "BR", "GB", "SY", "PL", "GR"]
        DeskContact.objects.bulk_create(
            (
                DeskContact(
                    occurred_at=datetime(2021, 1, 1, 9, tzinfo=tz)
                    + timedelta(days=(i * days) // contacts, minutes=i % 480),
                    channel=["visit", "phone", "email"][i % 3],
                    nationality=nationalities[i % len(nationalities)],
                    customer_type="knowledge_worker",
                    language="en",
                )
                for i in range(contacts)
            ),
            batch_size=5000,
        )
        Formality.objects.bulk_create(
            (
                Formality(
                    kind="ind_residence_permit",
                    handled_on=start + timedelta(days=(i * days) // (contacts // 4)),
                    nationality=nationalities[i % len(nationalities)],
                )
                for i in range(contacts // 4)
            ),
            batch_size=5000,
        )
        organisations = Organisation.objects.bulk_create(
            Organisation(name=f"Employer {i}", country="NL") for i in range(300)
        )
        ClientAgreement.objects.bulk_create(
            ClientAgreement(organisation=o, since=date(2020, 1, 1)) for o in organisations
        )
        kinds = [
            ActivityKind.AMBASSADOR_RECEIVED,
            ActivityKind.DELEGATION_RECEIVED,
            ActivityKind.ACTIVITY_ABROAD,
            ActivityKind.OFFICIAL_VISIT_ABROAD,
            ActivityKind.AT_HOME,
            ActivityKind.TRADE_MISSION,
        ]
        Activity.objects.bulk_create(
            (
                Activity(
                    title_nl=f"Activiteit {i}",
                    title_en=f"Activity {i}",
                    kind=kinds[i % len(kinds)],
                    direction=Direction.OUTGOING if i % 2 else Direction.INCOMING,
                    start_date=start + timedelta(days=(i * days) // activities),
                    countries=[nationalities[i % len(nationalities)]],
                    status=ActivityStatus.CANCELLED if i % 50 == 0 else ActivityStatus.HELD,
                    status_reason="COVID-19" if i % 50 == 0 else "",
                )
                for i in range(activities)
            ),
            batch_size=5000,
        )
        places = Place.objects.bulk_create(
            Place(name=f"Town {i}", country=nationalities[i % len(nationalities)])
            for i in range(200)
        )
        Relation.objects.bulk_create(
            Relation(
                counterpart_place=places[i],
                slug=f"relation-{i}",
                name_nl=f"Relatie {i}",
                name_en=f"Relation {i}",
                kind=["sister_city", "partnership", "network"][i % 3],
                status="active",
                since=date(2000 + i % 20, 1, 1),
            )
            for i in range(200)
        )
        EUProject.objects.bulk_create(
            EUProject(
                acronym=f"PRJ{i}",
                start_date=start + timedelta(days=30 * i),
                end_date=start + timedelta(days=30 * i + 900),
                role=["lead", "partner"][i % 2],
            )
            for i in range(40)
        )
    return period.slug


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="A tiny office, for CI.")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--activities", type=int, default=10_000)
    parser.add_argument("--skip-groningen", action="store_true")
    options = parser.parse_args()
    if options.smoke:
        options.contacts, options.activities = 2_000, 200
    setup()
    from intl_office.demo.loader import GRONINGEN, load_dataset

    print("| dataset | language | step | time | size |\n|---|---|---|---:|---:|")
    if not options.skip_groningen:
        load_dataset(GRONINGEN)
        measure("2017-2020", "Groningen 2017-2020")
    started = time.perf_counter()
    slug = build_large_office(options.contacts, options.activities)
    label = f"synthetic ({options.contacts:,} contacts, {options.activities:,} activities)"
    print(f"| {label} | – | building the records | {time.perf_counter() - started:.1f} s | |")
    measure(slug, label)


if __name__ == "__main__":
    main()
