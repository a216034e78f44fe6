"""Browser tests: Playwright drives Debian's Chromium (``apt-get install chromium``; no browser
download) against the application served by pytest-django's ``live_server``.

Without Chromium the tests are skipped, unless ``INTL_OFFICE_BROWSER_TESTS=required`` (as in
``.ci/run``), when they fail instead. ``INTL_OFFICE_SCREENSHOTS=<folder>`` saves a screenshot of
every page the accessibility scan visits (the user docs' pictures come from there)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Playwright's synchronous API runs an event loop in the test's thread; the ORM calls the
# tests make to set up data are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("INTL_OFFICE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
PASSWORD = "correct horse battery staple"
AXE = Path(__file__).resolve().parents[2] / "static" / "vendor" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("INTL_OFFICE_BROWSER_TESTS") == "required":
            pytest.fail(f"no Chromium at {CHROMIUM}: apt-get install -y chromium")
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}, locale="en-GB"
    )
    # Nothing may come from the internet: any request to another host fails the test.
    outside: list[str] = []

    def guard(route):
        if route.request.url.startswith(live_server.url) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()
    assert not outside, f"requests to the internet: {outside}"


@pytest.fixture
def login(page, user_in_role):
    """Log in through the login page as a new user in ``role``; returns the user."""

    def log_in(role: str, username: str | None = None):
        user = user_in_role(role, username=username or role.replace(" ", "-"))
        page.goto("/accounts/login/")
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password").fill(PASSWORD)
        page.locator("main").get_by_role("button", name="Log in").click()
        page.wait_for_url("**/")
        return user

    return log_in


@pytest.fixture
def axe(page):
    """Run axe-core (vendored) on the current page; returns the WCAG 2.1 A/AA violations."""

    def scan() -> list[dict]:
        page.add_script_tag(path=str(AXE))
        return page.evaluate(
            """() => axe.run(document, {runOnly: {type: "tag",
                   values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
                 .then(r => r.violations.map(v => ({id: v.id, help: v.help,
                   nodes: v.nodes.map(n => n.target.join(" "))})))"""
        )

    return scan
