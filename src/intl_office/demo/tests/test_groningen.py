"""The Groningen 2017-2020 dataset loads, idempotently, and gives the figures of the review."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from auditlog.models import LogEntry
from django.core.management import call_command

from intl_office.activities.models import Activity
from intl_office.core.models import PolicyPeriod
from intl_office.demo.loader import GRONINGEN, load_dataset
from intl_office.eu_projects.models import EUProject
from intl_office.indicators.models import Observation
from intl_office.indicators.selectors import period_figures
from intl_office.relations.models import Relation
from intl_office.welcome_desk.models import WelcomeService

pytestmark = pytest.mark.django_db

# key -> (value, qualifier) as the reference document states them
EXPECTED = {
    "ambassadors-received:2017-2020": (23, "exact"),
    "delegations-received:2017-2020": (36, "exact"),
    "activities-abroad:2017-2020": (66, "exact"),
    "official-visits-abroad:2017-2020": (19, "exact"),
    "activities-at-home:2017-2020": (69, "exact"),
    "desk-interactions:2015": (2085, "exact"),
    "desk-interactions:2020": (4938, "exact"),
    "desk-formalities:2015": (836, "exact"),
    "desk-formalities:2020": (2650, "exact"),
    "client-organisations:2017-2020": (261, "exact"),
    "nationalities-served:2017-2020": (100, "more_than"),
    "very-satisfied-share:2018": (95, "exact"),
    "international-students:2016": (6709, "exact"),
    "international-students:2019-2020": (10375, "exact"),
    "survey-rank-foreigners-welcome:2015": (2, "exact"),
    "university-rank-international-students:2018-2019": (3, "exact"),
}


@pytest.fixture
def groningen() -> PolicyPeriod:
    load_dataset(GRONINGEN)
    return PolicyPeriod.objects.get(slug="2017-2020")


def test_the_reviews_figures_come_out_reported_with_their_source(groningen: PolicyPeriod) -> None:
    figures = {f.key: f for f in period_figures(groningen)}
    for key, (value, qualifier) in EXPECTED.items():
        figure = figures[key]
        assert (figure.value, figure.qualifier) == (Decimal(value), qualifier), key
        assert figure.provenance == "reported", key
        assert "Terugblik Internationaliseringsbeleid 2017-2020" in figure.source, key


def test_figures_from_other_sources_cite_them_through_the_review(groningen: PolicyPeriod) -> None:
    figures = {f.key: f for f in period_figures(groningen)}
    assert figures["international-students:2019-2020"].source.startswith(
        "Gemeente Groningen: Groningen City Monitor"
    )
    assert figures["international-students:2019-2020"].period_kind == "academic_year"
    assert "Nuffic" in figures["university-rank-international-students:2018-2019"].source
    assert "Eurostat" in figures["survey-rank-foreigners-welcome:2015"].source


def test_reported_totals_suppress_counts_from_the_partial_records(groningen: PolicyPeriod) -> None:
    keys = {f.key for f in period_figures(groningen)}
    # Only a few activities of 2018 are on record; the reported total stands alone.
    assert not any(k.startswith("delegations-received:2018") for k in keys)
    # The office does not record cancellations, so there is no false zero for the pandemic year.
    assert not any(k.startswith("activities-cancelled") for k in keys)


def test_derived_figures_count_the_records(groningen: PolicyPeriod) -> None:
    figures = {f.key: f for f in period_figures(groningen)}
    missions = figures["trade-missions:2017-2020"]
    assert missions.provenance == "derived"
    assert (
        missions.value
        == Activity.objects.filter(
            kind="trade_mission", start_date__year__range=(2017, 2020)
        ).count()
    )
    assert figures["eu-projects:2017-2020"].value == 15


def test_dataset_holds_the_named_records(groningen: PolicyPeriod) -> None:
    assert set(groningen.lines.values_list("kind", flat=True)) == {
        "welcome",
        "relations",
        "europe",
        "trade",
    }
    assert groningen.missions.count() == 2
    assert Relation.objects.get(slug="yantai").status == "not_realised"
    assert (
        Relation.objects.get(slug="san-carlos-student-exchange").status_changes.get().to_status
        == "suspended"
    )
    assert set(Relation.objects.filter(kind="sister_city").values_list("slug", flat=True)) == {
        "san-carlos",
        "murmansk",
    }
    mission = Activity.objects.get(kind="trade_mission", place__name="Tianjin")
    assert (mission.start_date.isoformat(), mission.date_precision, mission.delegation_size) == (
        "2017-04-01",
        "month",
        30,
    )
    assert EUProject.objects.count() == 15
    assert WelcomeService.objects.count() == 6


def test_every_fact_is_cited(groningen: PolicyPeriod) -> None:
    for model in (Relation, Activity, EUProject, Observation, WelcomeService):
        assert not model.objects.filter(source__isnull=True).exists(), model
        assert not model.objects.filter(source_locator="").exists(), model


def test_loading_twice_changes_nothing(
    groningen: PolicyPeriod, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = LogEntry.objects.count()
    assert entries > 0  # the first load is in the audit trail
    result = load_dataset(GRONINGEN)
    assert result.changes == 0
    call_command("load_demo")
    assert "nothing changed" in capsys.readouterr().out
    assert LogEntry.objects.count() == entries


SEED = (
    Path(__file__).resolve().parents[4].parent
    / "shared"
    / "seed"
    / "terugblik-internationaliseringsbeleid-2017-2020.md"
)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-zà-ÿ0-9]+", text.lower())


@pytest.mark.skipif(not SEED.exists(), reason="the reference document is not beside the repository")
def test_no_sentence_of_the_reference_document_is_copied() -> None:
    seed = _words(SEED.read_text(encoding="utf-8"))
    shingles = {" ".join(seed[i : i + 9]) for i in range(len(seed) - 8)}
    # Titles of the cited documents are quoted as they are: that is a citation, not a sentence.
    lines = GRONINGEN.read_text(encoding="utf-8").splitlines()
    ours = _words("\n".join(line for line in lines if not line.startswith("title = ")))
    copied = [
        " ".join(ours[i : i + 9])
        for i in range(len(ours) - 8)
        if " ".join(ours[i : i + 9]) in shingles
    ]
    assert copied == []
