"""Load a dataset file (TOML) into the registry, all or nothing, idempotently.

The file names its records by short keys (``places.groningen``) and cites every fact as
``source-key#section``. Loading the same file twice changes nothing: each record is found by
its natural key and only saved when a value differs."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, transaction

from intl_office.activities.models import Activity
from intl_office.core.models import (
    JournalEntry,
    MissionStatement,
    Organisation,
    Place,
    PolicyLine,
    PolicyPeriod,
    Source,
    Theme,
)
from intl_office.core.services import place_from_gazetteer, record_upsert, validate_country
from intl_office.eu_projects.models import (
    EUProject,
    Handbook,
    HandbookPhase,
    HandbookTask,
    Programme,
    ProjectPartner,
    Strategy,
    StrategyCoreTheme,
)
from intl_office.indicators.models import Indicator, Observation, Target
from intl_office.relations.models import Agreement, Relation, RelationStatusChange
from intl_office.reviews.models import Narrative
from intl_office.welcome_desk.models import WelcomeService

DATASETS = Path(__file__).parent
GRONINGEN = DATASETS / "groningen-2017-2020.toml"


class DatasetError(Exception):
    """A record of the dataset is wrong; the message names it and the field."""


@dataclass
class LoadResult:
    """Per model label, how many records were created, updated or found unchanged."""

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)

    def count(self, model: type[models.Model], status: str) -> None:
        bucket = getattr(self, status)
        label = model._meta.label
        bucket[label] = bucket.get(label, 0) + 1

    @property
    def changes(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values())


def _date(value: Any, where: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = str(value)
    try:
        parts = [int(p) for p in text.split("-")]
        if len(parts) > 3:
            raise ValueError(text)
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        raise DatasetError(
            f"{where}: “{value}” is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
        ) from None


# First month of each season, for dates known only to a season of a year.
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def _fuzzy(value: Any, precision: str | None, where: str) -> tuple[date | None, str]:
    """A date and its precision; ``2018`` is a year, ``2018-05`` a month, ``2018-09-12`` a day."""
    if value is None:
        return None, precision or "day"
    text = str(value)
    try:
        if precision in SEASON_START:
            return date(int(text[:4]), SEASON_START[precision], 1), precision
        derived = {1: "year", 2: "month", 3: "day"}[len(text.split("-"))]
    except (ValueError, KeyError):
        raise DatasetError(
            f"{where}: “{value}” is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
        ) from None
    return _date(value, where), precision or derived


class Loader:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.result = LoadResult()
        self.sources: dict[str, Source] = {}
        self.places: dict[str, Place] = {}
        self.organisations: dict[str, Organisation] = {}
        self.themes: dict[str, Theme] = {}
        self.periods: dict[str, PolicyPeriod] = {}
        self.lines: dict[str, PolicyLine] = {}
        self.relations: dict[str, Relation] = {}
        self.programmes: dict[str, Programme] = {}
        self.projects: dict[str, EUProject] = {}
        self.strategies: dict[str, Strategy] = {}
        self.core_themes: dict[str, StrategyCoreTheme] = {}
        self.indicators: dict[str, Indicator] = {}
        self.where = "dataset"

    # --- helpers ----------------------------------------------------------------------------
    @contextmanager
    def at(self, where: str) -> Iterator[None]:
        previous, self.where = self.where, where
        try:
            yield
        except ValidationError as error:
            detail = "; ".join(
                f"{name}: {' '.join(str(m) for m in messages)}"
                for name, messages in getattr(
                    error, "message_dict", {"record": error.messages}
                ).items()
            )
            raise DatasetError(f"{where}: {detail}") from None
        finally:
            self.where = previous

    def ref(self, table: dict[str, Any], key: str | None, what: str) -> Any:
        if key is None:
            return None
        if key not in table:
            raise DatasetError(f"{self.where}: unknown {what} “{key}”")
        return table[key]

    def refs(self, table: dict[str, Any], keys: list[str] | None, what: str) -> list[Any]:
        return [self.ref(table, k, what) for k in keys or []]

    def cite(self, spec: dict[str, Any]) -> dict[str, Any]:
        text = spec.get("cite")
        if not text:
            return {"source": None, "source_locator": ""}
        key, _, locator = text.partition("#")
        return {"source": self.ref(self.sources, key, "source"), "source_locator": locator}

    def upsert(
        self,
        model: type[Any],
        lookup: dict[str, Any],
        values: dict[str, Any],
        m2m: dict[str, list[Any]] | None = None,
    ) -> Any:
        instance, status = record_upsert(model, lookup=lookup, values=values, m2m=m2m)
        self.result.count(model, status)
        return instance

    def section(self, name: str) -> Iterator[tuple[str, dict[str, Any]]]:
        entries = self.data.get(name, {})
        if isinstance(entries, dict):
            yield from entries.items()
        else:
            for index, entry in enumerate(entries):
                yield str(index + 1), entry

    def bilingual(self, spec: dict[str, Any], *names: str) -> dict[str, str]:
        return {f"{n}_{lang}": spec.get(f"{n}_{lang}", "") for n in names for lang in ("nl", "en")}

    # --- sections ---------------------------------------------------------------------------
    def load(self) -> LoadResult:
        steps: list[Callable[[], None]] = [
            self.load_sources,
            self.load_places,
            self.load_organisations,
            self.load_themes,
            self.load_periods,
            self.load_relations,
            self.load_programmes,
            self.load_strategies,
            self.load_handbooks,
            self.load_eu_projects,
            self.load_activities,
            self.load_welcome_services,
            self.load_indicators,
            self.load_observations,
            self.load_journal,
            self.load_narratives,
        ]
        for step in steps:
            step()
        return self.result

    def load_sources(self) -> None:
        for key, spec in self.section("sources"):
            with self.at(f"sources.{key}"):
                values = {k: spec.get(k, "") for k in ("kind", "published", "url") if k in spec}
                values["via"] = self.ref(self.sources, spec.get("via"), "source")
                self.sources[key] = self.upsert(
                    Source, {"title": spec["title"], "publisher": spec.get("publisher", "")}, values
                )

    def load_places(self) -> None:
        for key, spec in self.section("places"):
            with self.at(f"places.{key}"):
                if "geonames_id" in spec:
                    existed = Place.objects.filter(geonames_id=spec["geonames_id"]).exists()
                    self.places[key] = place_from_gazetteer(geonames_id=spec["geonames_id"])
                    self.result.count(Place, "unchanged" if existed else "created")
                    continue
                validate_country(spec["country"])
                self.places[key] = self.upsert(
                    Place,
                    {"name": spec["name"], "country": spec["country"]},
                    {
                        "latitude": _decimal(spec.get("latitude")),
                        "longitude": _decimal(spec.get("longitude")),
                        "origin": "manual",
                    },
                )

    def load_organisations(self) -> None:
        for key, spec in self.section("organisations"):
            with self.at(f"organisations.{key}"):
                validate_country(spec.get("country", ""))
                self.organisations[key] = self.upsert(
                    Organisation,
                    {"name": spec["name"], "country": spec.get("country", "")},
                    {
                        "acronym": spec.get("acronym", ""),
                        "kind": spec.get("kind", "other"),
                        "place": self.ref(self.places, spec.get("place"), "place"),
                        "website": spec.get("website", ""),
                    },
                )

    def load_themes(self) -> None:
        for key, spec in self.section("themes"):
            with self.at(f"themes.{key}"):
                self.themes[key] = self.upsert(
                    Theme,
                    {"slug": key},
                    {
                        "name_nl": spec["nl"],
                        "name_en": spec["en"],
                        "parent": self.ref(self.themes, spec.get("parent"), "theme"),
                    },
                )

    def load_periods(self) -> None:
        for key, spec in self.section("periods"):
            with self.at(f"periods.{key}"):
                period = self.upsert(
                    PolicyPeriod,
                    {"slug": key},
                    {
                        "start": _date(spec["start"], f"{self.where}: start"),
                        "end": _date(spec["end"], f"{self.where}: end"),
                        "baseline_start": _date(
                            spec.get("baseline_start"), f"{self.where}: baseline_start"
                        ),
                        **self.bilingual(spec, "title", "introduction"),
                    },
                )
                self.periods[key] = period
                for order, mission in enumerate(spec.get("missions", []), start=1):
                    self.upsert(
                        MissionStatement,
                        {"period": period, "order": order},
                        {"text_nl": mission["nl"], "text_en": mission["en"]},
                    )
                for order, line in enumerate(spec.get("lines", []), start=1):
                    self.lines[f"{key}/{line['kind']}"] = self.upsert(
                        PolicyLine,
                        {"period": period, "kind": line["kind"]},
                        {"order": order, **self.bilingual(line, "name", "goals")},
                    )

    def load_relations(self) -> None:
        for key, spec in self.section("relations"):
            with self.at(f"relations.{key}"):
                since, since_precision = _fuzzy(
                    spec.get("since"), spec.get("since_precision"), f"{self.where}: since"
                )
                relation = self.upsert(
                    Relation,
                    {"slug": key},
                    {
                        "kind": spec["kind"],
                        "status": spec.get("status", "active"),
                        "counterpart_place": self.ref(self.places, spec.get("place"), "place"),
                        "counterpart_organisation": self.ref(
                            self.organisations, spec.get("organisation"), "organisation"
                        ),
                        "parent": self.ref(self.relations, spec.get("parent"), "relation"),
                        "since": since,
                        "since_precision": since_precision if since else "year",
                        "supporting_organisation": self.ref(
                            self.organisations, spec.get("supporting_organisation"), "organisation"
                        ),
                        "subsidised": spec.get("subsidised", False),
                        "confidential": spec.get("confidential", False),
                        **self.bilingual(spec, "name", "description", "status_reason"),
                        **self.cite(spec),
                    },
                    m2m={
                        "themes": self.refs(self.themes, spec.get("themes"), "theme"),
                        "policy_lines": self.refs(
                            self.lines, spec.get("policy_lines"), "policy line"
                        ),
                        "organisations": self.refs(
                            self.organisations, spec.get("organisations"), "organisation"
                        ),
                    },
                )
                self.relations[key] = relation
                for index, change in enumerate(spec.get("history", []), start=1):
                    with self.at(f"relations.{key}.history[{index}]"):
                        on, precision = _fuzzy(
                            change["date"], change.get("precision"), f"{self.where}: date"
                        )
                        self.upsert(
                            RelationStatusChange,
                            {"relation": relation, "date": on, "to_status": change["to"]},
                            {
                                "date_precision": precision,
                                "from_status": change.get("from", ""),
                                **self.bilingual(change, "reason"),
                                **self.cite(change),
                            },
                        )
                for index, spec_a in enumerate(spec.get("agreements", []), start=1):
                    with self.at(f"relations.{key}.agreements[{index}]"):
                        signed, precision = _fuzzy(
                            spec_a.get("signed"), spec_a.get("precision"), f"{self.where}: signed"
                        )
                        self.upsert(
                            Agreement,
                            {"relation": relation, "title_en": spec_a["title_en"]},
                            {
                                "kind": spec_a["kind"],
                                "title_nl": spec_a["title_nl"],
                                "signed_on": signed,
                                "signed_precision": precision,
                                "signed_at": self.ref(
                                    self.places, spec_a.get("signed_at"), "place"
                                ),
                                "signatories": spec_a.get("signatories", ""),
                                **self.bilingual(spec_a, "description"),
                                **self.cite(spec_a),
                            },
                        )

    def load_programmes(self) -> None:
        for key, spec in self.section("programmes"):
            with self.at(f"programmes.{key}"):
                self.programmes[key] = self.upsert(
                    Programme,
                    {"name": spec["name"]},
                    {
                        "short_name": spec.get("short_name", ""),
                        "url": spec.get("url", ""),
                        "parent": self.ref(self.programmes, spec.get("parent"), "programme"),
                    },
                )

    def load_strategies(self) -> None:
        for key, spec in self.section("strategies"):
            with self.at(f"strategies.{key}"):
                strategy = self.upsert(
                    Strategy,
                    {"name_en": spec["name_en"]},
                    {
                        "name_nl": spec["name_nl"],
                        "adopted_year": spec.get("adopted_year"),
                        **self.bilingual(spec, "description"),
                        **self.cite(spec),
                    },
                    m2m={
                        "policy_lines": self.refs(
                            self.lines, spec.get("policy_lines"), "policy line"
                        )
                    },
                )
                self.strategies[key] = strategy
                for order, core in enumerate(spec.get("core_themes", []), start=1):
                    theme = self.ref(self.themes, core["theme"], "theme")
                    self.core_themes[f"{key}/{core['theme']}/{core['year']}"] = self.upsert(
                        StrategyCoreTheme,
                        {"strategy": strategy, "theme": theme, "year": core["year"]},
                        {"order": order, **self.cite(core)},
                    )

    def load_handbooks(self) -> None:
        for key, spec in self.section("handbooks"):
            with self.at(f"handbooks.{key}"):
                handbook = self.upsert(
                    Handbook,
                    {"name_en": spec["name_en"]},
                    {
                        "name_nl": spec["name_nl"],
                        "published_year": spec.get("published_year"),
                        **self.bilingual(spec, "description"),
                        **self.cite(spec),
                    },
                )
                for order, phase_spec in enumerate(spec.get("phases", []), start=1):
                    phase = self.upsert(
                        HandbookPhase,
                        {"handbook": handbook, "order": order},
                        {"name_nl": phase_spec["nl"], "name_en": phase_spec["en"]},
                    )
                    for task_order, task in enumerate(phase_spec.get("tasks", []), start=1):
                        self.upsert(
                            HandbookTask,
                            {"phase": phase, "order": task_order},
                            {"title_nl": task["nl"], "title_en": task["en"]},
                        )

    def load_eu_projects(self) -> None:
        for key, spec in self.section("eu_projects"):
            with self.at(f"eu_projects.{spec.get('acronym', key)}"):
                project = self.upsert(
                    EUProject,
                    {"acronym": spec["acronym"]},
                    {
                        "title": spec.get("title", ""),
                        "programme": self.ref(self.programmes, spec.get("programme"), "programme"),
                        "grant_id": spec.get("grant_id", ""),
                        "start_date": _date(spec.get("start"), f"{self.where}: start"),
                        "end_date": _date(spec.get("end"), f"{self.where}: end"),
                        "status": spec.get("status", "running"),
                        "role": spec.get("role", ""),
                        "budget_total": _decimal(spec.get("budget_total")),
                        "eu_contribution": _decimal(spec.get("eu_contribution")),
                        "own_budget": _decimal(spec.get("own_budget")),
                        "own_eu_contribution": _decimal(spec.get("own_eu_contribution")),
                        "coordinator": self.ref(
                            self.organisations, spec.get("coordinator"), "organisation"
                        ),
                        "cordis_url": spec.get("cordis_url", ""),
                        "keep_eu_url": spec.get("keep_eu_url", ""),
                        "website": spec.get("website", ""),
                        "best_practice": spec.get("best_practice", False),
                        **self.bilingual(spec, "summary", "best_practice_note"),
                        **self.cite(spec),
                    },
                    m2m={
                        "themes": self.refs(self.themes, spec.get("themes"), "theme"),
                        "policy_lines": self.refs(
                            self.lines, spec.get("policy_lines"), "policy line"
                        ),
                        "core_themes": self.refs(
                            self.core_themes, spec.get("core_themes"), "core theme"
                        ),
                    },
                )
                self.projects[key] = project
                for partner in spec.get("partners", []):
                    self.upsert(
                        ProjectPartner,
                        {
                            "project": project,
                            "organisation": self.ref(
                                self.organisations, partner["organisation"], "organisation"
                            ),
                        },
                        {"role": partner.get("role", "partner")},
                    )

    def load_activities(self) -> None:
        for index, spec in self.section("activities"):
            with self.at(f"activities[{index}] “{spec.get('title_en', '')}”"):
                for code in spec.get("countries", []):
                    validate_country(code, field="countries")
                start, precision = _fuzzy(
                    spec["start"], spec.get("precision"), f"{self.where}: start"
                )
                self.upsert(
                    Activity,
                    {"title_en": spec["title_en"], "start_date": start},
                    {
                        "title_nl": spec["title_nl"],
                        "kind": spec["kind"],
                        "direction": spec["direction"],
                        "end_date": _date(spec.get("end"), f"{self.where}: end"),
                        "date_precision": precision,
                        "place": self.ref(self.places, spec.get("place"), "place"),
                        "countries": spec.get("countries", []),
                        "format": spec.get("format", "in_person"),
                        "status": spec.get("status", "held"),
                        "status_reason": spec.get("status_reason", ""),
                        "officials": spec.get("officials", ""),
                        "delegation_size": spec.get("delegation_size"),
                        **self.bilingual(spec, "summary", "outcomes"),
                        **self.cite(spec),
                    },
                    m2m={
                        "organisations": self.refs(
                            self.organisations, spec.get("organisations"), "organisation"
                        ),
                        "policy_lines": self.refs(
                            self.lines, spec.get("policy_lines"), "policy line"
                        ),
                        "themes": self.refs(self.themes, spec.get("themes"), "theme"),
                        "relations": self.refs(self.relations, spec.get("relations"), "relation"),
                        "eu_projects": self.refs(
                            self.projects, spec.get("eu_projects"), "EU project"
                        ),
                    },
                )

    def load_welcome_services(self) -> None:
        for key, spec in self.section("welcome_services"):
            with self.at(f"welcome_services.{key}"):
                self.upsert(
                    WelcomeService,
                    {"name": spec["name"]},
                    {
                        "kind": spec["kind"],
                        "url": spec.get("url", ""),
                        "languages": spec.get("languages", []),
                        "owner": self.ref(self.organisations, spec.get("owner"), "organisation"),
                        "recurring": spec.get("recurring", ""),
                        **self.bilingual(spec, "audience", "description"),
                        **self.cite(spec),
                    },
                )

    def load_indicators(self) -> None:
        for indicator in Indicator.objects.all():
            self.indicators[indicator.code] = indicator
        for key, spec in self.section("indicators"):
            with self.at(f"indicators.{key}"):
                self.indicators[key] = self.upsert(
                    Indicator,
                    {"code": key},
                    {
                        "unit": spec.get("unit", "count"),
                        "policy_line_kind": spec["policy_line"],
                        "derivation": spec.get("derivation", ""),
                        "order": spec.get("order", 100),
                        **self.bilingual(spec, "name", "description"),
                    },
                )

    def load_observations(self) -> None:
        for index, spec in self.section("observations"):
            with self.at(f"observations[{index}] {spec.get('indicator')} {spec.get('period')}"):
                indicator = self.ref(self.indicators, spec["indicator"], "indicator")
                kind, start, end = _period(spec["period"], spec.get("period_kind"), self.where)
                self.upsert(
                    Observation,
                    {"indicator": indicator, "period_start": start, "period_end": end},
                    {
                        "period_kind": kind,
                        "value": Decimal(str(spec["value"])),
                        "qualifier": spec.get("qualifier", "exact"),
                        **self.bilingual(spec, "note"),
                        **self.cite(spec),
                    },
                )
        for index, spec in self.section("targets"):
            with self.at(f"targets[{index}]"):
                self.upsert(
                    Target,
                    {
                        "indicator": self.ref(self.indicators, spec["indicator"], "indicator"),
                        "period": self.ref(self.periods, spec["period"], "policy period"),
                    },
                    {
                        "value": Decimal(str(spec["value"])),
                        "qualifier": spec.get("qualifier", "at_least"),
                        **self.bilingual(spec, "note"),
                        **self.cite(spec),
                    },
                )

    def subject(self, ref: str) -> models.Model:
        table, _, key = ref.partition(":")
        tables: dict[str, dict[str, Any]] = {
            "period": self.periods,
            "relation": self.relations,
            "project": self.projects,
            "strategy": self.strategies,
        }
        return self.ref(self.ref(tables, table, "kind of record"), key, table)  # type: ignore[no-any-return]

    def load_journal(self) -> None:
        for index, spec in self.section("journal"):
            with self.at(f"journal[{index}]"):
                subject = self.subject(spec["subject"])
                on, precision = _fuzzy(spec["date"], spec.get("precision"), f"{self.where}: date")
                self.upsert(
                    JournalEntry,
                    {
                        "content_type": ContentType.objects.get_for_model(type(subject)),
                        "object_id": subject.pk,
                        "date": on,
                        "text_en": spec["text_en"],
                    },
                    {"date_precision": precision, "text_nl": spec["text_nl"], **self.cite(spec)},
                )

    def load_narratives(self) -> None:
        for index, spec in self.section("narratives"):
            with self.at(f"narratives[{index}]"):
                period = self.ref(self.periods, spec["period"], "policy period")
                line = self.ref(self.lines, spec.get("line"), "policy line")
                self.upsert(
                    Narrative,
                    {
                        "period": period,
                        "section": spec["section"],
                        "policy_line": line,
                        "language": spec["language"],
                    },
                    {"text": spec["text"]},
                )


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _period(label: str, kind: str | None, where: str) -> tuple[str, date, date]:
    """``2015`` (a year), ``2019-2020`` with kind ``academic_year`` (Sept–Aug), ``2017-2020``
    (whole years) or ``2021-05-01`` (a date)."""
    text = str(label)
    if kind == "date":
        day = _date(text, where)
        assert day is not None
        return "date", day, day
    if not re.fullmatch(r"\d{4}(-\d{4})?", text):
        raise DatasetError(
            f"{where}: period “{text}” is not YYYY or YYYY-YYYY "
            '(for one day, set period_kind = "date")'
        )
    if "-" not in text:
        return "year", date(int(text), 1, 1), date(int(text), 12, 31)
    first, last = (int(p) for p in text.split("-"))
    if kind == "academic_year":
        return "academic_year", date(first, 9, 1), date(last, 8, 31)
    return "range", date(first, 1, 1), date(last, 12, 31)


def load_dataset(path: Path = GRONINGEN) -> LoadResult:
    """Load a dataset file in one transaction: on any error nothing is written."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise DatasetError(f"{path.name}: {error}") from None
    with transaction.atomic():
        try:
            return Loader(data).load()
        except KeyError as error:
            raise DatasetError(f"missing field {error}") from None
