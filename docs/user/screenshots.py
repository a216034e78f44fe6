"""Take the screenshots of the user guide from a running demo.

Usage, from the repository root, with the demo serving at http://127.0.0.1:8000
(``intl-office demo``) and Debian's Chromium installed:

    .venv/bin/python docs/user/screenshots.py USERNAME PASSWORD [BASE_URL]

Log in as the administrator printed by ``intl-office demo``; the pictures go to docs/user/img/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
PAGES = {
    "dashboard": "/",
    "relations-list": "/relations/relations/",
    "relation-detail": "/relations/relations/{relation}/",
    "relation-form": "/relations/relations/new/",
    "relation-status": "/relations/relations/{relation}/status/",
    "activities-calendar": "/activities/calendar/?year=2019&month=5",
    "activities-list": "/activities/activities/",
    "eu-projects-list": "/eu-projects/projects/",
    "desk-quick-entry": "/welcome-desk/",
    "indicators-list": "/indicators/indicators/",
    "import": "/places/import/",
    "search": "/search/?q=Tianjin",
}
OUT = Path(__file__).resolve().parent / "img"


def main() -> None:
    username, password = sys.argv[1], sys.argv[2]
    base = sys.argv[3] if len(sys.argv) > 3 else "http://127.0.0.1:8000"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(base_url=base, viewport={"width": 1280, "height": 900})
        page.goto("/accounts/login/")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(password)
        page.locator("main button[type=submit]").click()
        page.wait_for_url("**/")
        page.goto("/relations/relations/?kind=sister_city")
        relation = page.locator("#results tbody a").first.get_attribute("href").split("/")[-2]
        for name, path in PAGES.items():
            page.goto(path.format(relation=relation))
            if path == "/":
                page.locator("#world-map[data-rendered]").wait_for()
            page.screenshot(path=str(OUT / f"{name}.png"))
        browser.close()


if __name__ == "__main__":
    main()
