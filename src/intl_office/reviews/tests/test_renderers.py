"""Every format, in both languages, carries every figure of the reference review: the text is
extracted back out of the file (pdftotext for the PDF, python-docx for the DOCX)."""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from intl_office.reviews.renderers import RENDERERS
from intl_office.reviews.selectors import review_data

pytestmark = pytest.mark.django_db

GOLDEN = Path(__file__).parent / "golden" / "groningen-2017-2020-en.md"

# The figures of the reference document, as each language writes them.
REFERENCE_FIGURES = {
    "nl": [
        "23",
        "36",
        "66",
        "19",
        "69",  # the five activity totals
        "2.085",
        "4.938",
        "836",
        "2.650",  # desk interactions and procedures 2015 and 2020
        "261",
        "meer dan 100",
        "95%",
        "6.709",
        "10.375",
        "plaats 2",  # the 2015 survey rank
    ],
    "en": [
        "23",
        "36",
        "66",
        "19",
        "69",
        "2,085",
        "4,938",
        "836",
        "2,650",
        "261",
        "more than 100",
        "95%",
        "6,709",
        "10,375",
        "rank 2",
    ],
}


def pdf_text(content: bytes, tmp_path: Path) -> str:
    path = tmp_path / "review.pdf"
    path.write_bytes(content)
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    )
    return result.stdout


def docx_text(content: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(content))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def text_of(fmt: str, content: bytes, tmp_path: Path) -> str:
    if fmt == "pdf":
        return pdf_text(content, tmp_path)
    if fmt == "docx":
        return docx_text(content)
    return content.decode()


def contains_number(text: str, figure: str) -> bool:
    """``figure`` appears as a whole number, not inside a longer one (23 in 2023)."""
    import re

    return re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d]|[.,]\d)", text) is not None


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_format_has_every_reference_figure(groningen, language, tmp_path):
    data = review_data(groningen, language)
    for fmt in ("html", "md", "pdf", "docx"):
        text = text_of(fmt, RENDERERS[fmt].render(data), tmp_path)
        for figure in REFERENCE_FIGURES[language]:
            assert contains_number(text, figure), f"{figure} missing from the {language} {fmt}"
        assert data.title in " ".join(text.split()), fmt


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
def test_pdf_has_a_title_page_and_contents_with_page_numbers(groningen, tmp_path):
    text = pdf_text(RENDERERS["pdf"].render(review_data(groningen, "en")), tmp_path)
    pages = text.split("\f")
    assert "Internationalisation policy 2017-2020" in " ".join(pages[0].split())
    assert "Contents" in pages[1]
    # each entry of the contents ends in the page its chapter starts on
    import re

    entries = re.findall(r"^(Welcome policy|Groningen in Europe)\s*\.+\s*(\d+)$", pages[1], re.M)
    assert len(entries) == 2
    for title, page in entries:
        assert title in pages[int(page) - 1]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
def test_pdf_cites_a_reported_figure_in_a_footnote_on_its_own_page(groningen, tmp_path):
    pages = pdf_text(RENDERERS["pdf"].render(review_data(groningen, "en")), tmp_path).split("\f")
    page = next(p for p in pages if contains_number(p, "10,375") and "Contents" not in p)
    flat = " ".join(page.split())
    assert "Groningen City Monitor" in flat
    assert "cited in Gemeente Groningen: Terugblik Internationaliseringsbeleid 2017-2020" in flat


def test_docx_has_title_headings_tables_pictures_and_a_toc_field(groningen):
    import docx

    document = docx.Document(io.BytesIO(RENDERERS["docx"].render(review_data(groningen, "nl"))))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading 1")]
    assert headings[:2] == ["Inhoud", "Inleiding"] or "Welkomstbeleid" in headings
    assert document.tables
    assert len(document.inline_shapes) >= 3  # two charts and the infographic
    assert 'TOC \\o "1-2"' in document.element.xml


def test_infographic_is_an_a4_svg_and_a_png(groningen):
    data = review_data(groningen, "en")
    svg = RENDERERS["infographic-svg"].render(data).decode()
    assert 'viewBox="0 0 595 842"' in svg
    assert "4,938" in svg and "95%" in svg
    png = RENDERERS["infographic-png"].render(data)
    assert png.startswith(b"\x89PNG")


def test_markdown_matches_the_golden_file(groningen):
    data = dataclasses.replace(review_data(groningen, "en"), generated_on="1 June 2021")
    text = RENDERERS["md"].render(data).decode()
    if os.environ.get("UPDATE_GOLDEN"):  # after a deliberate change: rewrite, read, commit
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["html", "md", "docx", "pdf", "infographic-svg"])
def test_a_period_without_records_renders_and_says_so(fmt, tmp_path):
    from intl_office.core.tests.factories import PolicyLineFactory, PolicyPeriodFactory

    period = PolicyPeriodFactory(slug="2030-2031", title_en="Policy 2030-2031")
    PolicyLineFactory(period=period, kind="europe", order=1, name_en="Europe")
    content = RENDERERS[fmt].render(review_data(period, "en"))
    if fmt == "infographic-svg":
        assert content.startswith(b"<svg")
        return
    text = " ".join(text_of(fmt, content, tmp_path).split())
    assert "No records for this policy line in the period." in text


def test_docx_turns_the_editorial_markdown_into_bold_runs():
    import docx

    from intl_office.core.tests.factories import PolicyPeriodFactory
    from intl_office.reviews.tests.factories import NarrativeFactory

    period = PolicyPeriodFactory(slug="2030-2031")
    NarrativeFactory(period=period, text="In this period the city **strengthened** its ties.")
    document = docx.Document(io.BytesIO(RENDERERS["docx"].render(review_data(period, "en"))))
    paragraph = next(p for p in document.paragraphs if "strengthened" in p.text)
    assert paragraph.text == "In this period the city strengthened its ties."
    assert [r.text for r in paragraph.runs if r.bold] == ["strengthened"]
