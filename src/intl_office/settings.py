"""Django settings, read from environment variables only (see ``conf.py`` for the reference)."""

from __future__ import annotations

import secrets
from pathlib import Path

import environ

from intl_office.conf import by_name
from intl_office.core.api import API_VERSION

env = environ.Env()
BASE_DIR = Path(__file__).resolve().parent


def _default(name: str) -> str:
    return by_name(name).default


DATA_DIR = Path(env.str("INTL_OFFICE_DATA_DIR", default=_default("INTL_OFFICE_DATA_DIR"))).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    if key := env.str("SECRET_KEY", default=""):
        return key
    path = DATA_DIR / "secret-key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=_default("ALLOWED_HOSTS").split(","))
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "auditlog",
    "django_filters",
    "django_tables2",
    "intl_office.core",
    "intl_office.users",
    "intl_office.relations",
    "intl_office.activities",
    "intl_office.eu_projects",
    "intl_office.welcome_desk",
    "intl_office.indicators",
    "intl_office.reviews",
    "rest_framework",
    "drf_spectacular",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "auditlog.middleware.AuditlogMiddleware",
    "intl_office.core.api.middleware.ApiMiddleware",
]

ROOT_URLCONF = "intl_office.urls"
WSGI_APPLICATION = "intl_office.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "intl_office.core.context_processors.organisation",
                "intl_office.core.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{DATA_DIR / 'intl-office.sqlite3'}")
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server read while a command writes; IMMEDIATE avoids "database is
    # locked" errors when two writers upgrade their locks at once.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DATABASES["default"]["ATOMIC_REQUESTS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "users.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = env.str("LANGUAGE_CODE", default="nl")
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Amsterdam")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # filled by `collectstatic` in production; served by WhiteNoise
MEDIA_URL = "media/"
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve the files from the installed apps directly: the product runs without `collectstatic`.
WHITENOISE_USE_FINDERS = True

SECURE_SSL = env.bool("SECURE_SSL", default=False)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_SSL
SECURE_SSL_REDIRECT = SECURE_SSL
SECURE_HSTS_SECONDS = 31_536_000 if SECURE_SSL else 0
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE_SSL else None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

INTL_OFFICE_ORGANISATION_NAME = env.str(
    "INTL_OFFICE_ORGANISATION_NAME", default=_default("INTL_OFFICE_ORGANISATION_NAME")
)

INTL_OFFICE_LOGO_URL = env.str("INTL_OFFICE_LOGO_URL", default=_default("INTL_OFFICE_LOGO_URL"))

AUDITLOG_INCLUDE_ALL_MODELS = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

# The REST API (docs/api.md): tokens or the browser session, the roles' model permissions,
# pages of ``pageSize``, camelCase filters and errors as problem+json.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "intl_office.core.api.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["intl_office.core.api.permissions.ModelPermissions"],
    "DEFAULT_PAGINATION_CLASS": "intl_office.core.api.pagination.Pagination",
    "DEFAULT_FILTER_BACKENDS": [
        "intl_office.core.api.filters.FilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "intl_office.core.api.exceptions.problem_exception_handler",
    "URL_FORMAT_OVERRIDE": None,
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
INTL_OFFICE_API_CONTACT = {
    "name": env.str(
        "INTL_OFFICE_API_CONTACT_NAME", default=_default("INTL_OFFICE_API_CONTACT_NAME")
    ),
    "email": env.str(
        "INTL_OFFICE_API_CONTACT_EMAIL", default=_default("INTL_OFFICE_API_CONTACT_EMAIL")
    ),
    "url": env.str("INTL_OFFICE_API_CONTACT_URL", default=_default("INTL_OFFICE_API_CONTACT_URL")),
}
SPECTACULAR_SETTINGS = {
    "TITLE": "intl-office API",
    "DESCRIPTION": (
        "Relations, activities, EU projects, welcome-desk records, indicators and the figures of "
        "policy periods of a city's international office. Follows the Dutch API Design Rules; "
        "see docs/api.md for tokens, permissions and the documented departures."
    ),
    "VERSION": API_VERSION,
    "OAS_VERSION": "3.0.3",
    "CONTACT": INTL_OFFICE_API_CONTACT,
    "LICENSE": {"name": "EUPL-1.2", "url": "https://eupl.eu/1.2/en/"},
    "SERVERS": [{"url": "/api/v1", "description": "This server."}],
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SCHEMA_PATH_PREFIX_TRIM": True,
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # One named enum per choice set, whichever field uses it.
    "ENUM_NAME_OVERRIDES": {
        "ActivityKindEnum": "intl_office.activities.choices.ActivityKind",
        "DirectionEnum": "intl_office.activities.choices.Direction",
        "ActivityFormatEnum": "intl_office.activities.choices.ActivityFormat",
        "ActivityStatusEnum": "intl_office.activities.choices.ActivityStatus",
        "LanguageEnum": "intl_office.core.choices.Language",
        "DatePrecisionEnum": "intl_office.core.choices.DatePrecision",
        "OrganisationKindEnum": "intl_office.core.choices.OrganisationKind",
        "PolicyLineKindEnum": "intl_office.core.choices.PolicyLineKind",
        "SourceKindEnum": "intl_office.core.choices.SourceKind",
        "PlaceOriginEnum": "intl_office.core.choices.PlaceOrigin",
        "ProjectStatusEnum": "intl_office.eu_projects.choices.ProjectStatus",
        "ProjectRoleEnum": "intl_office.eu_projects.choices.ProjectRole",
        "PartnerRoleEnum": "intl_office.eu_projects.choices.PartnerRole",
        "UnitEnum": "intl_office.indicators.choices.Unit",
        "PeriodKindEnum": "intl_office.indicators.choices.PeriodKind",
        "QualifierEnum": "intl_office.indicators.choices.Qualifier",
        "ProvenanceEnum": "intl_office.indicators.choices.Provenance",
        "RelationKindEnum": "intl_office.relations.choices.RelationKind",
        "RelationStatusEnum": "intl_office.relations.choices.RelationStatus",
        "AgreementKindEnum": "intl_office.relations.choices.AgreementKind",
        "SectionEnum": "intl_office.reviews.choices.Section",
        "ChannelEnum": "intl_office.welcome_desk.choices.Channel",
        "TopicEnum": "intl_office.welcome_desk.choices.Topic",
        "CustomerTypeEnum": "intl_office.welcome_desk.choices.CustomerType",
        "FormalityKindEnum": "intl_office.welcome_desk.choices.FormalityKind",
        "ServiceKindEnum": "intl_office.welcome_desk.choices.ServiceKind",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "intl_office.core.api.schema.adr_postprocessing_hook",
    ],
}
