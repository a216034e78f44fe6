from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_roles(sender: AppConfig, **kwargs: object) -> None:
    from intl_office.users.services import roles_sync

    roles_sync()


class UsersConfig(AppConfig):
    name = "intl_office.users"
    label = "users"
    verbose_name = _("users")

    def ready(self) -> None:
        # After every migrate the role groups hold exactly their permissions.
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid="intl_office_roles_sync")
