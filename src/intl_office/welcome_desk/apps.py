from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WelcomeDeskConfig(AppConfig):
    name = "intl_office.welcome_desk"
    label = "welcome_desk"
    verbose_name = _("welcome desk")
