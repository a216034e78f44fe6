"""WSGI entry point for production servers (e.g. ``gunicorn intl_office.wsgi``)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "intl_office.settings")
application = get_wsgi_application()
