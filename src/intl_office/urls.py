"""Top-level URLs: the staff web application, with the Django admin at /admin/ for the
administrator."""

from typing import Any

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

admin.site.site_header = settings.INTL_OFFICE_ORGANISATION_NAME
admin.site.site_title = "intl-office"

urlpatterns: list[Any] = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("reviews/", include("intl_office.reviews.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("relations/", include("intl_office.relations.urls")),
    path("activities/", include("intl_office.activities.urls")),
    path("eu-projects/", include("intl_office.eu_projects.urls")),
    path("welcome-desk/", include("intl_office.welcome_desk.urls")),
    path("indicators/", include("intl_office.indicators.urls")),
    path("api/v1/", include("intl_office.core.api.urls")),
    path("", include("intl_office.core.urls")),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
