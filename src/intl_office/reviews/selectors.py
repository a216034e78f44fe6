"""The review of a policy period as one typed data object (:class:`ReviewData`), built from the
records in a fixed number of queries per section, in one language. Renderers only lay it out:
every number and date in it is already written out for the language, so every format shows the
same text."""

from __future__ import annotations

import gettext
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import pycountry
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from intl_office.activities import selectors as activity_selectors
from intl_office.activities.choices import ActivityKind, ActivityStatus, Direction
from intl_office.activities.models import Activity
from intl_office.core.choices import DatePrecision, PolicyLineKind
from intl_office.core.formatting import fuzzy_date, money, number, period_text, quantity
from intl_office.core.models import JournalEntry, PolicyLine, PolicyPeriod, localized
from intl_office.eu_projects.choices import ProjectRole
from intl_office.eu_projects.models import EUProject, Handbook, Strategy
from intl_office.eu_projects.selectors import projects_in
from intl_office.indicators.choices import PeriodKind, Provenance, Unit
from intl_office.indicators.models import Indicator
from intl_office.indicators.selectors import Figure, period_figures
from intl_office.relations.choices import AgreementKind, RelationKind, RelationStatus
from intl_office.relations.models import Relation
from intl_office.relations.selectors import relation_timelines
from intl_office.reviews import charts
from intl_office.reviews.links import records_url
from intl_office.reviews.models import Narrative
from intl_office.welcome_desk.choices import FormalityKind
from intl_office.welcome_desk.models import WelcomeService
from intl_office.welcome_desk.selectors import (
    desk_contacts_per_nationality,
    formalities_per_kind_and_year,
)

# --- the data object --------------------------------------------------------------------------


@dataclass(frozen=True)
class Note:
    """A numbered note: the source of reported figures."""

    number: int
    text: str
    url: str = ""


@dataclass(frozen=True)
class FigureView:
    """A figure as the review shows it."""

    key: str
    label: str
    value: Decimal
    text: str  # "10.375", "meer dan 100", "95%"
    period: str  # "2019-2020"
    provenance: str
    derived: bool
    note: int | None = None  # footnote number with the source
    remark: str = ""  # what the source adds ("after Amsterdam and Maastricht")
    records_url: str = ""  # for a derived figure: the filtered list of its records
    target: str = ""  # "at least 300", when the period has a target


@dataclass(frozen=True)
class Change:
    first: FigureView
    last: FigureView
    text: str  # "van 2.085 (2015) naar 4.938 (2020), +137%"


@dataclass(frozen=True)
class IndicatorBlock:
    code: str
    label: str
    figures: list[FigureView]
    change: Change | None = None
    chart: dict[str, Any] | None = None


@dataclass(frozen=True)
class ServiceItem:
    name: str
    kind: str
    url: str
    description: str
    audience: str


@dataclass(frozen=True)
class Share:
    label: str
    count: int
    text: str


@dataclass(frozen=True)
class FormalityRow:
    kind: str
    per_year: list[str]


@dataclass(frozen=True)
class WelcomeContent:
    services: list[ServiceItem]
    indicators: list[IndicatorBlock]
    chart: dict[str, Any] | None = None  # the desk's figures over the years
    # From the desk's own records, when it keeps them:
    nationalities: list[Share] = field(default_factory=list)  # most frequent first
    formality_years: list[int] = field(default_factory=list)
    formalities: list[FormalityRow] = field(default_factory=list)


@dataclass(frozen=True)
class EventItem:
    sort_date: date
    date: str
    kind: str
    title: str
    detail: str = ""


@dataclass(frozen=True)
class RelationItem:
    name: str
    kind: str
    status: str
    status_reason: str
    since: str
    description: str
    events: list[EventItem]


@dataclass(frozen=True)
class RelationsContent:
    relations: list[RelationItem]
    figures: list[FigureView] = field(default_factory=list)


@dataclass(frozen=True)
class ProjectItem:
    acronym: str
    title: str
    programme: str
    role: str
    lead: bool
    period: str
    budget: str
    best_practice: str


@dataclass(frozen=True)
class ProjectGroupItem:
    theme: str
    projects: list[ProjectItem]


@dataclass(frozen=True)
class StrategyItem:
    name: str
    year: str
    description: str
    core_themes: list[str]


@dataclass(frozen=True)
class HandbookItem:
    name: str
    year: str
    description: str
    phases: list[str]


@dataclass(frozen=True)
class EuropeContent:
    memberships: list[RelationItem]
    strategies: list[StrategyItem]
    handbooks: list[HandbookItem]
    project_groups: list[ProjectGroupItem]
    figures: list[FigureView] = field(default_factory=list)


@dataclass(frozen=True)
class MissionItem:
    title: str
    date: str
    direction: str
    status: str
    delegation: str
    participants: list[str]
    summary: str
    follow_up: str


@dataclass(frozen=True)
class CountryGroup:
    country: str
    missions: list[MissionItem]


@dataclass(frozen=True)
class TradeContent:
    countries: list[CountryGroup]
    figures: list[FigureView] = field(default_factory=list)


@dataclass(frozen=True)
class Chapter:
    kind: str
    title: str
    goals: str
    narrative: str
    welcome: WelcomeContent | None = None
    relations: RelationsContent | None = None
    europe: EuropeContent | None = None
    trade: TradeContent | None = None
    empty: bool = False  # no records for this line in the period


@dataclass(frozen=True)
class OverviewRow:
    kind: str
    label: str
    total: FigureView | None
    per_year: list[int]  # one count per year of ``Overview.years``, from the records


@dataclass(frozen=True)
class Overview:
    narrative: str
    rows: list[OverviewRow]
    years: list[int]
    cancelled: FigureView | None
    digital: FigureView | None
    notes: list[str]
    chart: dict[str, Any] | None


@dataclass(frozen=True)
class Infographic:
    title: str
    key_figures: list[FigureView]
    trends: list[IndicatorBlock]
    nationalities: FigureView | None
    satisfaction: FigureView | None
    top_nationalities: list[Share] = field(default_factory=list)


@dataclass(frozen=True)
class ReviewData:
    slug: str
    language: str
    title: str
    period: str
    generated_on: str
    organisation: str
    introduction: str
    missions: list[str]
    lines: list[str]
    chapters: list[Chapter]
    overview: Overview
    infographic: Infographic
    notes: list[Note]
    closing: str = ""

    def figures(self) -> list[FigureView]:
        """Every figure in the review, in order of appearance."""
        found: list[FigureView] = []
        for chapter in self.chapters:
            if chapter.welcome:
                for block in chapter.welcome.indicators:
                    found.extend(block.figures)
            for content in (chapter.relations, chapter.europe, chapter.trade):
                if content is not None:
                    found.extend(content.figures)
        found.extend(row.total for row in self.overview.rows if row.total)
        found.extend(f for f in (self.overview.cancelled, self.overview.digital) if f)
        return found


# --- building it ------------------------------------------------------------------------------


class _Notes:
    """Numbers the sources in order of first citation; one source, one note."""

    def __init__(self) -> None:
        self.notes: list[Note] = []
        self._numbers: dict[str, int] = {}

    def cite(self, text: str, url: str = "") -> int | None:
        if not text:
            return None
        if text not in self._numbers:
            self._numbers[text] = len(self.notes) + 1
            self.notes.append(Note(len(self.notes) + 1, text, url))
        return self._numbers[text]


def _period_of(figure: Figure, language: str) -> str:
    if figure.period_kind == PeriodKind.DATE:
        return fuzzy_date(figure.period_start, DatePrecision.DAY, language)
    if figure.period_kind in (PeriodKind.YEAR, PeriodKind.ACADEMIC_YEAR):
        return figure.period
    return period_text(figure.period_start, figure.period_end, language)


def _view(figure: Figure, notes: _Notes, language: str) -> FigureView:
    derived = figure.provenance == Provenance.DERIVED
    target = ""
    if figure.target is not None:
        target = _("target: %(value)s") % {
            "value": quantity(figure.target, figure.unit, figure.target_qualifier, language)
        }
    return FigureView(
        key=figure.key,
        label=figure.label,
        value=figure.value,
        text=quantity(figure.value, figure.unit, figure.qualifier, language),
        period=_period_of(figure, language),
        provenance=str(Provenance(figure.provenance).label),
        derived=derived,
        note=None if derived else notes.cite(figure.source, figure.source_url),
        remark=figure.note,
        records_url=records_url(figure.records["model"], figure.records["filters"])
        if derived and figure.records
        else "",
        target=target,
    )


def _change(series: list[FigureView], language: str) -> Change | None:
    if len(series) < 2:
        return None
    first, last = series[0], series[-1]
    text = _("from %(first)s (%(first_year)s) to %(last)s (%(last_year)s)") % {
        "first": first.text,
        "first_year": first.period,
        "last": last.text,
        "last_year": last.period,
    }
    if first.value:
        percent = (last.value - first.value) * 100 / first.value
        sign = "+" if percent >= 0 else "−"
        text += f", {sign}{number(abs(percent).quantize(Decimal(1)), language)}%"
    return Change(first, last, text)


def _indicator_blocks(
    figures: list[Figure], order: dict[str, int], notes: _Notes, language: str
) -> list[IndicatorBlock]:
    by_code: dict[str, list[Figure]] = defaultdict(list)
    for figure in figures:
        by_code[figure.indicator].append(figure)
    blocks = []
    for code in sorted(by_code, key=lambda c: (order.get(c, 0), c)):
        views = [_view(f, notes, language) for f in by_code[code]]
        yearly = [
            view
            for view, f in zip(views, by_code[code], strict=True)
            if f.period_kind == PeriodKind.YEAR and f.unit != Unit.RANK
        ]
        blocks.append(
            IndicatorBlock(
                code=code,
                label=views[0].label,
                figures=views,
                change=_change(yearly, language),
                chart=charts.series_chart(views[0].label, yearly, language)
                if len(yearly) >= 2
                else None,
            )
        )
    return blocks


def _country(code: str, language: str) -> str:
    country = pycountry.countries.get(alpha_2=code.upper()) if code else None
    if country is None:
        return code or _("other countries")
    if language == "en":
        return str(country.name)
    translations = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )
    return translations.gettext(country.name)


def _event(event: Any, language: str) -> EventItem:
    record = event.record
    if event.kind == "status":
        kind = _("status")
        title = _("%(name)s: %(status)s") % {
            "name": localized(record.relation, "name", language),
            "status": RelationStatus(record.to_status).label,
        }
        detail = localized(record, "reason", language)
    elif event.kind == "agreement":
        kind = str(AgreementKind(record.kind).label)
        title = localized(record, "title", language)
        detail = record.signatories
    else:
        kind = str(ActivityKind(event.kind).label)
        title = localized(record, "title", language)
        detail = localized(record, "summary", language)
    return EventItem(
        event.date, fuzzy_date(event.date, event.precision, language), kind, title, detail
    )


def _relation_item(relation: Relation, events: list[Any], language: str) -> RelationItem:
    return RelationItem(
        name=localized(relation, "name", language),
        kind=str(RelationKind(relation.kind).label),
        status=str(RelationStatus(relation.status).label),
        status_reason=localized(relation, "status_reason", language),
        since=fuzzy_date(relation.since, relation.since_precision, language)
        if relation.since
        else "",
        description=localized(relation, "description", language),
        # The review may be public: confidential activities and sub-relations stay out of it.
        events=[
            _event(e, language)
            for e in events
            if not getattr(e.record, "confidential", False)
            and not (e.kind == "status" and e.record.relation.confidential)
        ],
    )


def _relations(period: PolicyPeriod, language: str) -> tuple[list[Relation], list[Relation]]:
    """Public top-level relations: (bonds, memberships and representations)."""
    relations = list(
        Relation.objects.filter(parent__isnull=True, confidential=False).order_by("kind", "name_en")
    )
    memberships = {RelationKind.NETWORK, RelationKind.REPRESENTATION}
    bonds = [r for r in relations if r.kind not in memberships]
    return bonds, [r for r in relations if r.kind in memberships]


def _relations_content(
    period: PolicyPeriod, bonds: list[Relation], figures: list[FigureView], language: str
) -> RelationsContent:
    timelines = relation_timelines(bonds, period.start, period.end)
    return RelationsContent(
        relations=[_relation_item(r, timelines[r.pk], language) for r in bonds], figures=figures
    )


def _europe_content(
    period: PolicyPeriod, memberships: list[Relation], figures: list[FigureView], language: str
) -> EuropeContent:
    timelines = relation_timelines(memberships, period.start, period.end)
    strategies = [
        StrategyItem(
            name=localized(s, "name", language),
            year=str(s.adopted_year or ""),
            description=localized(s, "description", language),
            core_themes=list(
                dict.fromkeys(localized(c.theme, "name", language) for c in s.core_themes.all())
            ),
        )
        for s in Strategy.objects.filter(adopted_year__lte=period.end.year).prefetch_related(
            "core_themes__theme"
        )
    ]
    handbooks = [
        HandbookItem(
            name=localized(h, "name", language),
            year=str(h.published_year or ""),
            description=localized(h, "description", language),
            phases=[localized(p, "name", language) for p in h.phases.all()],
        )
        for h in Handbook.objects.prefetch_related("phases")
    ]
    groups: dict[str, list[ProjectItem]] = defaultdict(list)
    projects = (
        projects_in(period.start, period.end)
        .select_related("programme")
        .prefetch_related("themes")
        .order_by("acronym")
    )
    for project in projects:
        themes = sorted(project.themes.all(), key=lambda t: t.slug)
        theme = localized(themes[0], "name", language) if themes else _("other themes")
        groups[theme].append(_project_item(project, language))
    return EuropeContent(
        memberships=[_relation_item(r, timelines[r.pk], language) for r in memberships],
        strategies=strategies,
        handbooks=handbooks,
        project_groups=[ProjectGroupItem(t, groups[t]) for t in sorted(groups)],
        figures=figures,
    )


def _project_item(project: EUProject, language: str) -> ProjectItem:
    if project.start_date and project.end_date:
        when = f"{fuzzy_date(project.start_date, DatePrecision.MONTH, language)} – " + fuzzy_date(
            project.end_date, DatePrecision.MONTH, language
        )
    else:
        when = ""
    budget = ""
    if project.budget_total:
        budget = money(project.budget_total, language)
        if project.own_budget:
            budget += (
                " ("
                + _("own share %(money)s") % {"money": money(project.own_budget, language)}
                + ")"
            )
    return ProjectItem(
        acronym=project.acronym,
        title=project.title,
        programme=str(project.programme) if project.programme else "",
        role=str(ProjectRole(project.role).label) if project.role else "",
        lead=project.role == ProjectRole.LEAD,
        period=when,
        budget=budget,
        best_practice=localized(project, "best_practice_note", language)
        if project.best_practice
        else "",
    )


def _trade_content(period: PolicyPeriod, figures: list[FigureView], language: str) -> TradeContent:
    missions = (
        Activity.objects.filter(
            kind=ActivityKind.TRADE_MISSION,
            start_date__range=(period.start, period.end),
            confidential=False,
        )
        .select_related("place")
        .prefetch_related("organisations")
        .order_by("start_date", "pk")
    )
    groups: dict[str, list[MissionItem]] = defaultdict(list)
    for mission in missions:
        code = (
            mission.countries[0]
            if mission.countries
            else (mission.place.country if mission.place else "")
        )
        delegation = ""
        if mission.delegation_size:
            delegation = _("delegation of %(count)s") % {
                "count": number(mission.delegation_size, language)
            }
        groups[_country(code, language)].append(
            MissionItem(
                title=localized(mission, "title", language),
                date=fuzzy_date(mission.start_date, mission.date_precision, language),
                direction=str(Direction(mission.direction).label),
                status=str(ActivityStatus(mission.status).label)
                if mission.status != ActivityStatus.HELD
                else "",
                delegation=delegation,
                participants=[str(o) for o in mission.organisations.all()],
                summary=localized(mission, "summary", language),
                follow_up=localized(mission, "outcomes", language),
            )
        )
    return TradeContent(
        countries=[CountryGroup(c, groups[c]) for c in sorted(groups)], figures=figures
    )


OVERVIEW_KINDS = (
    ActivityKind.AMBASSADOR_RECEIVED,
    ActivityKind.DELEGATION_RECEIVED,
    ActivityKind.ACTIVITY_ABROAD,
    ActivityKind.OFFICIAL_VISIT_ABROAD,
    ActivityKind.AT_HOME,
)


def _overview(
    period: PolicyPeriod,
    figures: list[Figure],
    narrative: str,
    notes: _Notes,
    language: str,
) -> Overview:
    by_derivation = {
        i.code: i.derivation
        for i in Indicator.objects.filter(code__in=[f.indicator for f in figures])
    }
    totals: dict[str, Figure] = {}
    for figure in figures:
        if figure.period_kind != PeriodKind.RANGE:
            continue
        derivation = by_derivation.get(figure.indicator, "")
        if derivation.startswith("activities.kind."):
            totals[derivation.removeprefix("activities.kind.")] = figure
        elif derivation:
            totals[derivation] = figure
    years = list(range(period.start.year, period.end.year + 1))
    counts: dict[tuple[str, int], int] = {
        (c.kind, c.year or 0): c.held
        for c in activity_selectors.activity_counts_by_kind_and_year(period.start, period.end)
    }
    rows = []
    for kind in OVERVIEW_KINDS:
        total = totals.get(kind)
        # Counts per year only where the records make the total; next to a reported total a
        # count of the few records kept would mislead.
        per_year = (
            [counts.get((kind, y), 0) for y in years]
            if total is not None and total.provenance == Provenance.DERIVED
            else []
        )
        rows.append(
            OverviewRow(
                kind=kind,
                label=str(ActivityKind(kind).label),
                total=_view(total, notes, language) if total else None,
                per_year=per_year,
            )
        )
    cancelled = totals.get("activities.cancelled")
    digital = totals.get("activities.digital")
    content_type = ContentType.objects.get_for_model(PolicyPeriod)
    journal = [
        localized(entry, "text", language)
        for entry in JournalEntry.objects.filter(
            content_type=content_type, object_id=period.pk
        ).order_by("date", "pk")
    ]
    return Overview(
        narrative=narrative,
        rows=rows,
        years=years if any(r.per_year for r in rows) else [],
        cancelled=_view(cancelled, notes, language) if cancelled else None,
        digital=_view(digital, notes, language) if digital else None,
        notes=journal,
        chart=charts.overview_chart(
            [(r.total.label, r.total.value) for r in rows if r.total is not None], language
        ),
    )


TOP_NATIONALITIES = 10


def _desk_records(period: PolicyPeriod, language: str) -> dict[str, Any]:
    """The desk's most frequent nationalities and its formalities per kind and year (two
    GROUP BY queries), for an office that records its contacts and procedures."""
    tallies = [t for t in desk_contacts_per_nationality(period.start, period.end) if t.key]
    tallies.sort(key=lambda t: (-t.count, str(t.key)))
    nationalities = [
        Share(_country(str(t.key), language), t.count, number(t.count, language))
        for t in tallies[:TOP_NATIONALITIES]
    ]
    counts = formalities_per_kind_and_year(period.start, period.end)
    years = sorted({c.year for c in counts})
    by_kind: dict[str, dict[int, int]] = defaultdict(dict)
    for c in counts:
        by_kind[c.kind][c.year] = c.count
    rows = [
        FormalityRow(
            str(FormalityKind(kind).label),
            [number(by_kind[kind].get(y, 0), language) for y in years],
        )
        for kind in FormalityKind.values
        if kind in by_kind
    ]
    return {"nationalities": nationalities, "formality_years": years, "formalities": rows}


def _welcome_content(
    period: PolicyPeriod,
    figures: list[Figure],
    order: dict[str, int],
    notes: _Notes,
    language: str,
) -> WelcomeContent:
    services = [
        ServiceItem(
            name=s.name,
            kind=s.get_kind_display(),
            url=s.url,
            description=localized(s, "description", language),
            audience=localized(s, "audience", language),
        )
        for s in WelcomeService.objects.filter(active=True).order_by("name")
    ]
    blocks = _indicator_blocks(figures, order, notes, language)
    desk = [b for b in blocks if b.code in ("desk-interactions", "desk-formalities") and b.change]
    return WelcomeContent(
        services=services,
        indicators=blocks,
        chart=charts.desk_chart(
            [(b.label, [f for f in b.figures if f.period.isdigit()]) for b in desk], language
        )
        if desk
        else None,
        **_desk_records(period, language),
    )


def _infographic(
    period: PolicyPeriod, welcome: WelcomeContent | None, language: str
) -> Infographic:
    blocks = welcome.indicators if welcome else []
    latest = {b.code: b.figures[-1] for b in blocks if b.figures}
    return Infographic(
        title=_("Welcome desk %(period)s")
        % {"period": period_text(period.start, period.end, language)},
        key_figures=[
            latest[code]
            for code in (
                "desk-interactions",
                "desk-formalities",
                "client-organisations",
                "international-students",
            )
            if code in latest
        ],
        trends=[b for b in blocks if b.change is not None],
        nationalities=latest.get("nationalities-served"),
        satisfaction=latest.get("very-satisfied-share"),
        top_nationalities=welcome.nationalities[:5] if welcome else [],
    )


def review_data(period: PolicyPeriod, language: str, organisation: str = "") -> ReviewData:
    """The review of ``period`` in ``language`` (``nl`` or ``en``)."""
    with translation.override(language):
        return _review_data(period, language, organisation)


def _review_data(period: PolicyPeriod, language: str, organisation: str) -> ReviewData:
    notes = _Notes()
    figures = period_figures(period, language)
    order = dict(Indicator.objects.values_list("code", "order"))
    by_line: dict[str, list[Figure]] = defaultdict(list)
    for figure in figures:
        by_line[figure.policy_line].append(figure)

    narratives = {
        (n.section, n.policy_line_id): n.text
        for n in Narrative.objects.filter(period=period, language=language)
    }
    lines = list(PolicyLine.objects.filter(period=period).order_by("order"))
    bonds, memberships = _relations(period, language)

    def views(kind: str) -> list[FigureView]:
        return [_view(f, notes, language) for f in by_line.get(kind, [])]

    chapters = []
    welcome_content: WelcomeContent | None = None
    for line in lines:
        chapter = Chapter(
            kind=line.kind,
            title=localized(line, "name", language),
            goals=localized(line, "goals", language),
            narrative=narratives.get(("line", line.pk), ""),
        )
        if line.kind == PolicyLineKind.WELCOME:
            welcome_content = _welcome_content(period, by_line["welcome"], order, notes, language)
            empty = not (welcome_content.services or welcome_content.indicators)
            chapter = _with(chapter, welcome=welcome_content, empty=empty)
        elif line.kind == PolicyLineKind.RELATIONS:
            relations = _relations_content(period, bonds, views("relations"), language)
            chapter = _with(chapter, relations=relations, empty=not relations.relations)
        elif line.kind == PolicyLineKind.EUROPE:
            europe = _europe_content(period, memberships, views("europe"), language)
            empty = not (
                europe.memberships or europe.strategies or europe.handbooks or europe.project_groups
            )
            chapter = _with(chapter, europe=europe, empty=empty)
        elif line.kind == PolicyLineKind.TRADE:
            trade = _trade_content(period, views("trade"), language)
            chapter = _with(chapter, trade=trade, empty=not trade.countries)
        else:
            chapter = _with(chapter, empty=not chapter.narrative)
        chapters.append(chapter)

    overview = _overview(
        period, by_line.get("other", []), narratives.get(("overview", None), ""), notes, language
    )
    return ReviewData(
        slug=period.slug,
        language=language,
        title=localized(period, "title", language),
        period=period_text(period.start, period.end, language),
        generated_on=fuzzy_date(timezone.localdate(), DatePrecision.DAY, language),
        organisation=organisation,
        introduction=narratives.get(("introduction", None), "")
        or localized(period, "introduction", language).strip(),
        missions=[localized(m, "text", language) for m in period.missions.order_by("order")],
        lines=[c.title for c in chapters],
        chapters=chapters,
        overview=overview,
        infographic=_infographic(period, welcome_content, language),
        notes=notes.notes,
        closing=narratives.get(("closing", None), ""),
    )


def _with(chapter: Chapter, **changes: Any) -> Chapter:
    from dataclasses import replace

    return replace(chapter, **changes)
