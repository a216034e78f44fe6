"""The staff application in a real browser: what a user does, step by step, and an axe-core
scan of every page with zero WCAG 2.1 AA violations."""

from __future__ import annotations

import csv
import io
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from intl_office.activities.tests.factories import ActivityFactory
from intl_office.core.tests.factories import PlaceFactory, PolicyPeriodFactory
from intl_office.core.views.generic import REGISTRY
from intl_office.relations.models import Agreement, Relation
from intl_office.relations.tests.factories import AgreementFactory, RelationFactory
from intl_office.welcome_desk.models import DeskContact

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(
    ("role", "sees", "hidden"),
    [
        ("administrator", "More", "—"),
        ("policy advisor", "Relations", "Record a desk contact"),
        ("EU projects officer", "EU projects", "Record a desk contact"),
        ("welcome desk", "Welcome desk", "Relations"),
        ("reader", "Relations", "Record a desk contact"),
    ],
)
def test_each_role_logs_in_and_sees_its_modules(page, login, role, sees, hidden):
    login(role)
    nav = page.get_by_role("navigation", name="Modules")
    assert nav.locator("summary").get_by_text(sees, exact=True).is_visible()
    assert nav.get_by_text(hidden, exact=True).count() == 0
    # The modules open by keyboard.
    nav.locator("summary").get_by_text(sees, exact=True).focus()
    page.keyboard.press("Enter")
    assert nav.locator("details[open] a").first.is_visible()
    page.get_by_role("button", name="Log out").click()
    page.wait_for_url("**/accounts/login/")


def test_create_a_relation_with_an_agreement_and_change_its_status(page, login):
    PlaceFactory(name="Tartu", country="EE")
    login("policy advisor")
    page.goto("/relations/relations/new/")
    page.get_by_label("Code").fill("tartu")
    page.get_by_label("Name (Dutch)").fill("Stedenband Tartu")
    page.get_by_label("Name (English)").fill("Sister city Tartu")
    page.get_by_label("Kind", exact=True).select_option("sister_city")
    page.get_by_label("Counterpart place").select_option(label="Tartu (EE)")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/relations/relations/*/")
    relation = Relation.objects.get(slug="tartu")

    page.goto("/relations/agreements/new/")
    page.get_by_label("Relation", exact=True).select_option(label="Sister city Tartu")
    page.get_by_label("Kind", exact=True).select_option("letter_of_intent")
    page.get_by_label("Title (Dutch)").fill("Intentieverklaring Tartu")
    page.get_by_label("Title (English)").fill("Letter of intent Tartu")
    page.get_by_label("Signed on", exact=True).fill("2019-05-01")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/relations/agreements/*/")
    assert Agreement.objects.get(relation=relation).title_en == "Letter of intent Tartu"

    page.goto(relation.get_absolute_url())
    page.get_by_role("link", name="Change status").click()
    page.get_by_label("New status").select_option("active")
    page.get_by_label("Date").fill("2019-05-01")
    page.get_by_role("button", name="Change status").click()
    page.wait_for_url(f"**{relation.get_absolute_url()}")
    page.get_by_role("link", name="Change status").click()
    page.get_by_label("New status").select_option("suspended")
    page.get_by_label("Date").fill("2022-03-01")
    page.get_by_role("button", name="Change status").click()
    # A suspension without a reason is refused, with an error summary.
    assert page.locator("#error-summary").get_by_text("Give the reason").is_visible()
    page.get_by_label("Reason (English)").fill("Exchanges suspended after the invasion.")
    page.get_by_role("button", name="Change status").click()
    page.wait_for_url(f"**{relation.get_absolute_url()}")
    assert page.get_by_text("Exchanges suspended after the invasion.").first.is_visible()
    assert page.get_by_text("Letter of intent Tartu").is_visible()
    relation.refresh_from_db()
    assert relation.status == "suspended"


def test_record_a_desk_contact_by_keyboard(page, login):
    login("welcome desk")
    page.goto("/welcome-desk/")
    assert page.get_by_test_id("tally-total").inner_text() == "0 contacts"
    page.get_by_label("phone").check()
    page.get_by_label("housing").focus()
    page.keyboard.press("Space")
    page.get_by_label("Nationality").select_option("IN")
    page.get_by_role("button", name="Record contact").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/welcome-desk/?channel=phone")
    assert page.get_by_test_id("tally-total").inner_text() == "1 contact"
    contact = DeskContact.objects.get()
    assert (contact.channel, contact.nationality) == ("phone", "IN")
    assert [t.topic for t in contact.topics.all()] == ["housing"]


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=";")
    writer.writeheader()
    writer.writerows(rows)
    # As Dutch Excel saves it: semicolons, Windows-1252.
    path.write_bytes(out.getvalue().encode("cp1252"))
    return path


def test_import_a_file_with_a_bad_row_fix_it_and_import_it(page, login, tmp_path):
    login("welcome desk")
    page.goto("/places/import/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the import template").click()
    assert download.value.suggested_filename == "places-template.xlsx"
    good = {"name": "Zwolle", "country": "NL", "latitude": "52.5", "longitude": "6.08"}
    bad = {"name": "Köln", "country": "Germany", "latitude": "50.9", "longitude": "6.96"}
    page.get_by_label("File", exact=True).set_input_files(
        str(write_csv(tmp_path / "a.csv", [good, bad]))
    )
    page.get_by_role("button", name="Check or import").click()
    errors = page.locator("table.import-errors tbody tr")
    assert errors.count() == 1
    assert errors.first.inner_text().startswith("3\t")
    assert "(country)" in errors.first.inner_text()

    fixed = {**bad, "country": "DE"}
    page.get_by_label("File", exact=True).set_input_files(
        str(write_csv(tmp_path / "b.csv", [good, fixed]))
    )
    page.get_by_role("button", name="Check or import").click()
    assert page.get_by_text("all 2 rows are valid").is_visible()
    page.get_by_label("File", exact=True).set_input_files(
        str(write_csv(tmp_path / "b.csv", [good, fixed]))
    )
    page.get_by_label("Dry run").uncheck()
    page.get_by_role("button", name="Check or import").click()
    page.wait_for_url("**/places/")
    assert page.get_by_text("Imported 2 records.").is_visible()
    assert page.get_by_role("link", name="Köln", exact=True).is_visible()


def test_filter_a_list_without_reloading_and_export_it(page, login):
    RelationFactory(name_en="Tartu bond", kind="sister_city")
    RelationFactory(name_en="Eurocities membership", kind="network")
    login("reader")
    page.goto("/relations/relations/")
    page.evaluate("window.notReloaded = true")
    page.get_by_label("Kind", exact=True).select_option("network")
    page.wait_for_url("**kind=network**")
    page.get_by_text("1 record", exact=False).wait_for()
    assert page.get_by_role("link", name="Eurocities membership").is_visible()
    assert page.get_by_role("link", name="Tartu bond").count() == 0
    assert page.evaluate("window.notReloaded") is True
    with page.expect_download() as download:
        page.get_by_role("link", name="CSV").click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["name_en"] for r in rows] == ["Eurocities membership"]


def test_switch_the_language(page, login, axe):
    login("reader")
    page.get_by_role("button", name="Nederlands").click()
    page.wait_for_function("document.documentElement.lang === 'nl'")
    assert page.get_by_role("button", name="Afmelden").is_visible()
    page.goto("/relations/relations/")
    assert page.get_by_role("heading", name="Relaties").is_visible()
    assert axe() == []
    page.get_by_role("button", name="English").click()
    page.wait_for_function("document.documentElement.lang === 'en'")


def test_the_dashboard_draws_the_charts_and_the_map(page, login):
    today = timezone.localdate()
    PolicyPeriodFactory(start=date(today.year - 1, 1, 1), end=date(today.year + 2, 12, 31))
    RelationFactory(name_en="Tartu bond", counterpart_place=PlaceFactory(name="Tartu"))
    ActivityFactory(start_date=today - timedelta(days=3), place=PlaceFactory(name="Kiel"))
    login("policy advisor")
    page.locator("#world-map[data-rendered='true'] svg").wait_for()
    assert page.locator("#world-map svg path").count() > 100  # the countries
    page.get_by_text("places on the map, as a list").click()
    assert page.get_by_role("figure").get_by_role("link", name="Tartu bond").is_visible()


def test_keyboard_users_can_skip_to_the_content(page, login):
    login("reader")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()


def scanned_pages() -> list[str]:
    return ["/", "/search/?q=a", "/welcome-desk/", "/activities/calendar/"]


def test_every_page_has_no_accessibility_violations(page, login, axe):
    relation = RelationFactory(name_en="Tartu bond")
    AgreementFactory(relation=relation)
    ActivityFactory(start_date=timezone.localdate())
    PolicyPeriodFactory(start=date(2017, 1, 1), end=date(2030, 12, 31))
    admin = login("administrator")
    urls = [*scanned_pages()]
    # Every record type's list, detail and form; the import page is one template for all.
    for views in REGISTRY.values():
        urls += [views.url("list"), views.url("create")]
        record = views.model._default_manager.first()
        if record is not None:
            urls.append(views.url("detail", record.pk))
    urls += ["/relations/relations/import/", f"/relations/relations/{relation.pk}/status/"]
    shots = os.environ.get("INTL_OFFICE_SCREENSHOTS")
    found = {}
    for url in urls:
        page.goto(url)
        if url == "/":
            page.locator(".vega-chart[data-rendered]").first.wait_for()
        if violations := axe():
            found[url] = violations
        if shots:
            name = (
                url.strip("/").replace("/", "-").replace("?", "-").replace("=", "-") or "dashboard"
            )
            page.screenshot(path=str(Path(shots) / f"{name}.png"), full_page=True)
    # A form with errors and its summary.
    page.goto("/relations/relations/new/")
    page.get_by_role("button", name="Save").click()
    assert page.locator("#error-summary").is_visible()
    if violations := axe():
        found["relation form with errors"] = violations
    page.goto("/accounts/login/")
    page.get_by_role("button", name="Log out").click()
    page.goto("/accounts/login/")
    if violations := axe():
        found["/accounts/login/"] = violations
    assert admin.pk
    assert not found, found
