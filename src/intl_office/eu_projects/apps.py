from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EuProjectsConfig(AppConfig):
    name = "intl_office.eu_projects"
    label = "eu_projects"
    verbose_name = _("EU projects")
