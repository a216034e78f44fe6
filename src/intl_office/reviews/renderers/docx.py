"""The review as a Word document (python-docx): title page, a table-of-contents field (Word
fills in the page numbers when the document is opened or printed), headings, tables, the
charts as PNG (vl-convert) and numbered notes with the sources."""

from __future__ import annotations

import io
import re
from typing import Any

from django.utils import translation
from django.utils.translation import gettext as _

from intl_office.reviews import charts
from intl_office.reviews.renderers import register
from intl_office.reviews.selectors import FigureView, RelationItem, ReviewData


def _toc(document: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = document.add_paragraph()
    run = paragraph.add_run()
    parts = [
        ("begin", None),
        (None, 'TOC \\o "1-2" \\h \\z \\u'),
        ("separate", None),
        (None, None),
        ("end", None),
    ]
    for kind, instruction in parts:
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
            if kind == "begin":
                element.set(qn("w:dirty"), "true")
            run._r.append(element)
        elif instruction:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = instruction
            run._r.append(element)
        else:
            text = OxmlElement("w:t")
            text.text = _("Right-click to update the table of contents.")
            run._r.append(text)


_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_MARKUP = re.compile(r"(\*\*.+?\*\*|(?<![*\w])[*_](?![*\s]).+?(?<![*\s])[*_](?![*\w]))")


def _text(document: Any, text: str) -> None:
    """Editorial text (Markdown paragraphs) as Word paragraphs with bold and italic runs."""
    for block in text.split("\n\n"):
        block = _LINK.sub(r"\1 (\2)", block.strip().replace("\n", " "))
        if not block:
            continue
        paragraph = document.add_paragraph()
        for part in _MARKUP.split(block):
            if part.startswith("**") and part.endswith("**") and len(part) > 4:
                paragraph.add_run(part[2:-2]).bold = True
            elif _MARKUP.fullmatch(part):
                paragraph.add_run(part[1:-1]).italic = True
            elif part:
                paragraph.add_run(part)


def _figure(paragraph: Any, f: FigureView, short: bool = False) -> None:
    paragraph.add_run(f"({f.period})" if short else f"{f.label} ({f.period})")
    if f.note:
        paragraph.add_run(str(f.note)).font.superscript = True
    paragraph.add_run(": ")
    paragraph.add_run(f.text).bold = True
    if f.target:
        paragraph.add_run(f" ({f.target})")
    if f.derived:
        paragraph.add_run(f" ({_('derived from records')})").italic = True
    if f.remark:
        paragraph.add_run(f" — {f.remark}")


def _table(document: Any, header: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text


def _chart(document: Any, spec: dict[str, Any] | None) -> None:
    from docx.shared import Cm

    if spec:
        document.add_picture(io.BytesIO(charts.to_png(spec)), width=Cm(15))


def _relation(document: Any, r: RelationItem) -> None:
    document.add_heading(r.name, level=4)
    meta = f"{r.kind} · {r.status}" + (f" · {_('since')} {r.since}" if r.since else "")
    document.add_paragraph().add_run(meta).italic = True
    for text in (r.status_reason, r.description):
        if text:
            document.add_paragraph(text)
    if r.events:
        _table(
            document,
            [_("When"), _("What"), _("Event")],
            [[e.date, e.kind, e.title + (f" — {e.detail}" if e.detail else "")] for e in r.events],
        )


def _figures(document: Any, figures: list[FigureView], short: bool = False) -> None:
    for f in figures:
        _figure(document.add_paragraph(style="List Bullet"), f, short)


def build(data: ReviewData) -> Any:
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    document.core_properties.title = data.title
    document.core_properties.language = data.language
    with translation.override(data.language):
        # Title page
        for _i in range(6):
            document.add_paragraph()
        if data.organisation:
            document.add_paragraph(data.organisation)
        document.add_heading(f"{_('Review')}: {data.title}", level=0)
        document.add_paragraph(f"{_('Policy period')} {data.period}")
        document.add_paragraph(
            _("Generated from the records on %(day)s") % {"day": data.generated_on}
        )
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_heading(_("Contents"), level=1)
        _toc(document)
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

        document.add_heading(_("Introduction"), level=1)
        _text(document, data.introduction)
        if data.missions:
            document.add_paragraph(_("The mission of the policy:"))
            for mission_text in data.missions:
                document.add_paragraph(mission_text, style="List Bullet")
        if data.lines:
            document.add_paragraph(_("The policy had these lines:"))
            for line in data.lines:
                document.add_paragraph(line, style="List Bullet")

        for chapter in data.chapters:
            document.add_heading(chapter.title, level=1)
            if chapter.goals:
                p = document.add_paragraph()
                p.add_run(f"{_('Goals')}: ").bold = True
                p.add_run(chapter.goals)
            _text(document, chapter.narrative)
            if chapter.empty:
                document.add_paragraph().add_run(
                    _("No records for this policy line in the period.")
                ).italic = True
            if w := chapter.welcome:
                if w.services:
                    document.add_heading(_("Information services"), level=2)
                    for service in w.services:
                        p = document.add_paragraph(style="List Bullet")
                        p.add_run(service.name).bold = True
                        extra = f"; {service.audience}" if service.audience else ""
                        desc = f": {service.description}" if service.description else ""
                        url = f" — {service.url}" if service.url else ""
                        p.add_run(f" ({service.kind}{extra}){desc}{url}")
                if w.indicators:
                    document.add_heading(_("Figures"), level=2)
                    for block in w.indicators:
                        document.add_heading(block.label, level=3)
                        _figures(document, block.figures, short=True)
                        if block.change:
                            p = document.add_paragraph()
                            p.add_run(f"{_('Change')}: ").bold = True
                            p.add_run(block.change.text)
                _chart(document, w.chart)
                if w.nationalities:
                    document.add_heading(_("Most frequent nationalities at the desk"), level=2)
                    _table(
                        document,
                        [_("Nationality"), _("Contacts")],
                        [[n.label, n.text] for n in w.nationalities],
                    )
                if w.formalities:
                    document.add_heading(_("Formalities per kind and year"), level=2)
                    _table(
                        document,
                        [_("Formality"), *map(str, w.formality_years)],
                        [[frow.kind, *frow.per_year] for frow in w.formalities],
                    )
            if rc := chapter.relations:
                _figures(document, [f for f in rc.figures if f.period == data.period])
                for r in rc.relations:
                    _relation(document, r)
            if eu := chapter.europe:
                _figures(document, [f for f in eu.figures if f.period == data.period])
                if eu.memberships:
                    document.add_heading(_("Networks and representation"), level=2)
                    for r in eu.memberships:
                        _relation(document, r)
                if eu.strategies:
                    document.add_heading(_("Strategy"), level=2)
                    for strategy in eu.strategies:
                        year = f" ({strategy.year})" if strategy.year else ""
                        document.add_heading(strategy.name + year, level=3)
                        if strategy.description:
                            document.add_paragraph(strategy.description)
                        if strategy.core_themes:
                            p = document.add_paragraph()
                            p.add_run(f"{_('Core themes')}: ").bold = True
                            p.add_run(", ".join(strategy.core_themes))
                if eu.handbooks:
                    document.add_heading(_("Handbook"), level=2)
                    for h in eu.handbooks:
                        document.add_heading(h.name + (f" ({h.year})" if h.year else ""), level=3)
                        if h.description:
                            document.add_paragraph(h.description)
                        for phase in h.phases:
                            document.add_paragraph(phase, style="List Number")
                if eu.project_groups:
                    document.add_heading(_("EU projects by theme"), level=2)
                    for g in eu.project_groups:
                        document.add_heading(g.theme, level=3)
                        _table(
                            document,
                            [_("Project"), _("Programme"), _("Role"), _("Period"), _("Budget")],
                            [
                                [
                                    p.acronym + (f" — {p.title}" if p.title else ""),
                                    p.programme,
                                    p.role,
                                    p.period,
                                    p.budget,
                                ]
                                for p in g.projects
                            ],
                        )
            if tr := chapter.trade:
                _figures(document, [f for f in tr.figures if f.period == data.period])
                for c in tr.countries:
                    document.add_heading(c.country, level=2)
                    for mission in c.missions:
                        document.add_heading(mission.title, level=3)
                        meta = " · ".join(
                            x
                            for x in (
                                mission.date,
                                mission.direction,
                                mission.status,
                                mission.delegation,
                            )
                            if x
                        )
                        document.add_paragraph().add_run(meta).italic = True
                        if mission.summary:
                            document.add_paragraph(mission.summary)
                        if mission.participants:
                            p = document.add_paragraph()
                            p.add_run(f"{_('Taking part')}: ").bold = True
                            p.add_run(", ".join(mission.participants))
                        if mission.follow_up:
                            p = document.add_paragraph()
                            p.add_run(f"{_('Follow-up')}: ").bold = True
                            p.add_run(mission.follow_up)

        ov = data.overview
        document.add_heading(_("Overview of international activities"), level=1)
        _text(document, ov.narrative)
        rows = []
        for row in ov.rows:
            if row.total:
                f = row.total
                cell = f.text
                if f.derived:
                    cell += f" ({_('derived from records')})"
                label = f.label + (f" [{f.note}]" if f.note else "")
                rows.append([label, cell, *map(str, row.per_year)])
            else:
                rows.append([row.label, "—", *map(str, row.per_year)])
        _table(document, [_("Activity"), data.period, *map(str, ov.years)], rows)
        for row in ov.rows:
            if row.total and row.total.remark:
                p = document.add_paragraph(style="List Bullet")
                p.add_run(f"{row.total.label}: ").bold = True
                p.add_run(row.total.remark)
        if ov.cancelled or ov.digital:
            document.add_heading(_("Cancelled and online"), level=2)
            _figures(document, [f for f in (ov.cancelled, ov.digital) if f])
        for n in ov.notes:
            document.add_paragraph(n, style="List Bullet")
        _chart(document, ov.chart)
        _text(document, data.closing)

        if data.notes:
            document.add_heading(_("Notes"), level=1)
            for note in data.notes:
                document.add_paragraph(
                    f"{note.number}. {note.text}" + (f" {note.url}" if note.url else "")
                )

        info = data.infographic
        document.add_heading(_("Appendix: welcome desk infographic"), level=1)
        document.add_heading(info.title, level=2)
        from intl_office.reviews.infographic import infographic_png

        document.add_picture(io.BytesIO(infographic_png(data)), width=_cm(15))
        for f in info.key_figures:
            document.add_paragraph(f"{f.text} — {f.label} ({f.period})", style="List Bullet")
        if info.nationalities:
            document.add_paragraph(
                f"{info.nationalities.text} — {info.nationalities.label}", style="List Bullet"
            )
        if info.satisfaction:
            share = info.satisfaction
            document.add_paragraph(
                f"{share.text} — {share.label} ({share.period})", style="List Bullet"
            )
    return document


def _cm(value: float) -> Any:
    from docx.shared import Cm

    return Cm(value)


@register(
    "docx",
    "Word (DOCX)",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "docx",
)
def render(data: ReviewData) -> bytes:
    buffer = io.BytesIO()
    build(data).save(buffer)
    return buffer.getvalue()
