"""The review as Markdown, with footnotes in the common ``[^n]`` syntax."""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext as _

from intl_office.reviews.renderers import register
from intl_office.reviews.selectors import FigureView, RelationItem, ReviewData


def _figure(f: FigureView, short: bool = False) -> str:
    text = f"({f.period})" if short else f"{f.label} ({f.period})"
    if f.note:
        text += f"[^{f.note}]"
    text += f": **{f.text}**"
    if f.target:
        text += f" ({f.target})"
    if f.derived:
        text += f" _({_('derived from records')})_"
    if f.remark:
        text += f" — {f.remark}"
    return text


def _relation(r: RelationItem, out: list[str]) -> None:
    out.append(f"#### {r.name}\n")
    meta = f"{r.kind} · {r.status}"
    if r.since:
        meta += f" · {_('since')} {r.since}"
    out.append(f"_{meta}_\n")
    if r.status_reason:
        out.append(f"{r.status_reason}\n")
    if r.description:
        out.append(f"{r.description}\n")
    if r.events:
        out.append(f"| {_('When')} | {_('What')} | {_('Event')} |\n|---|---|---|")
        for e in r.events:
            detail = f" — {e.detail}" if e.detail else ""
            out.append(f"| {e.date} | {e.kind} | {e.title}{detail} |".replace("\n", " "))
        out.append("")


def markdown(data: ReviewData) -> str:
    out: list[str] = []
    with translation.override(data.language):
        out.append(f"# {_('Review')}: {data.title}\n")
        if data.organisation:
            out.append(f"{data.organisation}\n")
        out.append(f"{_('Policy period')} {data.period}\n")
        out.append(f"## {_('Introduction')}\n")
        if data.introduction:
            out.append(f"{data.introduction}\n")
        if data.missions:
            out.append(_("The mission of the policy:") + "\n")
            out.extend(f"- {m}" for m in data.missions)
            out.append("")
        if data.lines:
            out.append(_("The policy had these lines:") + "\n")
            out.extend(f"- {line}" for line in data.lines)
            out.append("")
        for chapter in data.chapters:
            out.append(f"## {chapter.title}\n")
            if chapter.goals:
                out.append(f"**{_('Goals')}:** {chapter.goals}\n")
            if chapter.narrative:
                out.append(f"{chapter.narrative.strip()}\n")
            if chapter.empty:
                out.append(f"_{_('No records for this policy line in the period.')}_\n")
            if w := chapter.welcome:
                if w.services:
                    out.append(f"### {_('Information services')}\n")
                    for service in w.services:
                        name = f"[{service.name}]({service.url})" if service.url else service.name
                        extra = f"; {service.audience}" if service.audience else ""
                        desc = f": {service.description}" if service.description else ""
                        out.append(f"- **{name}** ({service.kind}{extra}){desc}")
                    out.append("")
                if w.indicators:
                    out.append(f"### {_('Figures')}\n")
                    for block in w.indicators:
                        out.append(f"#### {block.label}\n")
                        out.extend(f"- {_figure(f, short=True)}" for f in block.figures)
                        out.append("")
                        if block.change:
                            out.append(f"**{_('Change')}:** {block.change.text}\n")
                if w.nationalities:
                    out.append(f"### {_('Most frequent nationalities at the desk')}\n")
                    out.append(f"| {_('Nationality')} | {_('Contacts')} |\n|---|---:|")
                    out.extend(f"| {n.label} | {n.text} |" for n in w.nationalities)
                    out.append("")
                if w.formalities:
                    out.append(f"### {_('Formalities per kind and year')}\n")
                    years = "".join(f" {y} |" for y in w.formality_years)
                    out.append(f"| {_('Formality')} |{years}")
                    out.append("|---|" + "---:|" * len(w.formality_years))
                    for frow in w.formalities:
                        out.append(f"| {frow.kind} |" + "".join(f" {n} |" for n in frow.per_year))
                    out.append("")
            if rc := chapter.relations:
                whole = [f for f in rc.figures if f.period == data.period]
                out.extend(f"- {_figure(f)}" for f in whole)
                if whole:
                    out.append("")
                for r in rc.relations:
                    _relation(r, out)
            if eu := chapter.europe:
                whole = [f for f in eu.figures if f.period == data.period]
                out.extend(f"- {_figure(f)}" for f in whole)
                if whole:
                    out.append("")
                if eu.memberships:
                    out.append(f"### {_('Networks and representation')}\n")
                    for r in eu.memberships:
                        _relation(r, out)
                if eu.strategies:
                    out.append(f"### {_('Strategy')}\n")
                    for s in eu.strategies:
                        out.append(f"#### {s.name}" + (f" ({s.year})" if s.year else "") + "\n")
                        if s.description:
                            out.append(f"{s.description}\n")
                        if s.core_themes:
                            out.append(f"**{_('Core themes')}:** {', '.join(s.core_themes)}\n")
                if eu.handbooks:
                    out.append(f"### {_('Handbook')}\n")
                    for h in eu.handbooks:
                        out.append(f"#### {h.name}" + (f" ({h.year})" if h.year else "") + "\n")
                        if h.description:
                            out.append(f"{h.description}\n")
                        out.extend(f"{i}. {p}" for i, p in enumerate(h.phases, 1))
                        if h.phases:
                            out.append("")
                if eu.project_groups:
                    out.append(f"### {_('EU projects by theme')}\n")
                    for g in eu.project_groups:
                        out.append(f"#### {g.theme}\n")
                        out.append(
                            f"| {_('Project')} | {_('Programme')} | {_('Role')} | "
                            f"{_('Period')} | {_('Budget')} |\n|---|---|---|---|---|"
                        )
                        for p in g.projects:
                            title = f" — {p.title}" if p.title else ""
                            out.append(
                                f"| **{p.acronym}**{title} | {p.programme} | {p.role} | "
                                f"{p.period} | {p.budget} |"
                            )
                        out.append("")
            if tr := chapter.trade:
                whole = [f for f in tr.figures if f.period == data.period]
                out.extend(f"- {_figure(f)}" for f in whole)
                if whole:
                    out.append("")
                for c in tr.countries:
                    out.append(f"### {c.country}\n")
                    for m in c.missions:
                        out.append(f"#### {m.title}\n")
                        meta = " · ".join(
                            x for x in (m.date, m.direction, m.status, m.delegation) if x
                        )
                        out.append(f"_{meta}_\n")
                        if m.summary:
                            out.append(f"{m.summary}\n")
                        if m.participants:
                            out.append(f"**{_('Taking part')}:** {', '.join(m.participants)}\n")
                        if m.follow_up:
                            out.append(f"**{_('Follow-up')}:** {m.follow_up}\n")
        ov = data.overview
        out.append(f"## {_('Overview of international activities')}\n")
        if ov.narrative:
            out.append(f"{ov.narrative.strip()}\n")
        head = f"| {_('Activity')} | {data.period} |" + "".join(f" {y} |" for y in ov.years)
        out.append(head)
        out.append("|---|---:|" + "---:|" * len(ov.years))
        for row in ov.rows:
            if row.total:
                f = row.total
                cell = f"**{f.text}**"
                if f.derived:
                    cell += f" _({_('derived from records')})_"
                label = f.label + (f"[^{f.note}]" if f.note else "")
            else:
                cell, label = "—", row.label
            out.append(f"| {label} | {cell} |" + "".join(f" {n} |" for n in row.per_year))
        out.append("")
        for row in ov.rows:
            if row.total and row.total.remark:
                out.append(f"- **{row.total.label}**: {row.total.remark}")
        out.append("")
        if ov.cancelled or ov.digital:
            out.append(f"### {_('Cancelled and online')}\n")
            out.extend(f"- {_figure(f)}" for f in (ov.cancelled, ov.digital) if f)
            out.append("")
        if ov.notes:
            out.extend(f"- {n}" for n in ov.notes)
            out.append("")
        if data.closing:
            out.append(f"{data.closing.strip()}\n")
        info = data.infographic
        out.append(f"## {_('Appendix: welcome desk infographic')}\n")
        out.append(f"### {info.title}\n")
        for f in info.key_figures:
            out.append(f"- **{f.text}** {f.label} ({f.period})")
        if info.nationalities:
            out.append(f"- **{info.nationalities.text}** {info.nationalities.label}")
        if info.satisfaction:
            share = info.satisfaction
            out.append(f"- **{share.text}** {share.label} ({share.period})")
        for t in info.trends:
            if t.change:
                out.append(f"- {t.label}: {t.change.text}")
        if info.top_nationalities:
            top = ", ".join(f"{n.label} ({n.text})" for n in info.top_nationalities)
            out.append(f"- {_('Most frequent nationalities')}: {top}")
        out.append("")
        for note in data.notes:
            text = f"[{note.text}]({note.url})" if note.url else note.text
            out.append(f"[^{note.number}]: {text}")
    return "\n".join(out).rstrip() + "\n"


@register("md", "Markdown", "text/markdown; charset=utf-8", "md")
def render(data: ReviewData) -> bytes:
    return markdown(data).encode()
