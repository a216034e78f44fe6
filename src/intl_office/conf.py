"""The product's settings: every one is read from an environment variable and documented here.

``settings.py`` reads its values through :data:`SETTINGS`; ``intl-office settings_reference``
writes ``docs/reference/settings.md`` from the same list, and a test fails when the two drift.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    kind: str  # str, bool, int, list, url
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "INTL_OFFICE_DATA_DIR",
        "str",
        "./data",
        "Folder for the embedded SQLite database, uploaded files and the generated secret key. "
        "Created when missing.",
    ),
    Setting(
        "DATABASE_URL",
        "url",
        "sqlite:///<INTL_OFFICE_DATA_DIR>/intl-office.sqlite3",
        "Database to use. Unset: the embedded SQLite database (WAL mode) in the data folder. "
        "For PostgreSQL: postgres://USER:PASSWORD@HOST:PORT/NAME.",
    ),
    Setting(
        "SECRET_KEY",
        "str",
        "(generated once into <INTL_OFFICE_DATA_DIR>/secret-key)",
        "Django's secret key. Set it in production; unset, a random key is generated on first "
        "start and kept in the data folder.",
    ),
    Setting("DEBUG", "bool", "false", "Django's debug mode. Never on in production."),
    Setting(
        "ALLOWED_HOSTS",
        "list",
        "localhost,127.0.0.1,[::1]",
        "Comma-separated host names the web application answers to.",
    ),
    Setting(
        "CSRF_TRUSTED_ORIGINS",
        "list",
        "",
        "Comma-separated origins (scheme and host) trusted for form posts behind a proxy, e.g. "
        "https://intl.example.nl.",
    ),
    Setting(
        "SECURE_SSL",
        "bool",
        "false",
        "Serve over HTTPS only: secure cookies, HSTS and redirect to HTTPS. Turn on in "
        "production behind TLS.",
    ),
    Setting("LANGUAGE_CODE", "str", "nl", "Default language of the interface: nl or en."),
    Setting("TIME_ZONE", "str", "Europe/Amsterdam", "Time zone for dates shown and entered."),
    Setting(
        "INTL_OFFICE_ORGANISATION_NAME",
        "str",
        "International office",
        "Name of the organisation shown in the interface and on generated reviews.",
    ),
    Setting(
        "INTL_OFFICE_LOGO_URL",
        "str",
        "",
        "Address of the organisation's logo shown in the page header next to its name: a "
        "full URL or a path on this site (e.g. /media/logo.svg). Empty: the name only.",
    ),
    Setting("LOG_LEVEL", "str", "INFO", "Level of the log written to standard error."),
    Setting(
        "INTL_OFFICE_API_CONTACT_NAME",
        "str",
        "intl-office",
        "Contact named in the API's OpenAPI document (info.contact.name).",
    ),
    Setting(
        "INTL_OFFICE_API_CONTACT_EMAIL",
        "str",
        "api@intl-office.example.org",
        "E-mail address in the API's OpenAPI document (info.contact.email).",
    ),
    Setting(
        "INTL_OFFICE_API_CONTACT_URL",
        "str",
        "https://intl-office.example.org",
        "Web address in the API's OpenAPI document (info.contact.url).",
    ),
)


def by_name(name: str) -> Setting:
    for setting in SETTINGS:
        if setting.name == name:
            return setting
    raise KeyError(name)
