from typing import Any

from django.core.management.base import BaseCommand

from intl_office.users.services import roles_sync


class Command(BaseCommand):
    help = (
        "Create or update the role groups with their permissions "
        "(idempotent; also runs after migrate)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        for role, count in roles_sync().items():
            self.stdout.write(f"{role}: {count} permissions")
