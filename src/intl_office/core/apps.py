from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "intl_office.core"
    label = "core"
    verbose_name = _("core")

    def ready(self) -> None:
        from intl_office.core.audit import register_all

        register_all()
