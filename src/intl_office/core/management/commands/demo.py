"""``intl-office demo``: migrate, load the Groningen dataset, create one user per role, serve."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from intl_office.users.models import User
from intl_office.users.roles import ROLES
from intl_office.users.services import user_create_for_role


def demo_username(role: str) -> str:
    return role.lower().replace(" ", "-")


class Command(BaseCommand):
    help = (
        "Set up and run the demo: migrate the database, load the Groningen 2017-2020 dataset, "
        "create one user per role (their passwords are printed once) and serve the product at "
        "http://127.0.0.1:8000."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--addrport", default="127.0.0.1:8000", help="Where to serve.")
        parser.add_argument(
            "--no-serve", action="store_true", help="Set up only; do not start the server."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"Database: {settings.DATABASES['default']['NAME']}")
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("Database migrated; roles in place.")
        call_command("load_demo", stdout=self.stdout)
        self.create_users()
        if options["no_serve"]:
            return
        self.stdout.write(
            self.style.SUCCESS(f"Serving at http://{options['addrport']}/ — stop with Ctrl+C.")
        )
        call_command("runserver", options["addrport"], use_reloader=False)

    def create_users(self) -> None:
        created = []
        for role in ROLES:
            username = demo_username(role.name)
            if User.objects.filter(username=username).exists():
                continue
            user, password = user_create_for_role(username=username, role=role.name)
            created.append((role.name, user.username, password))
        if not created:
            self.stdout.write(
                "Demo users exist already (their passwords were printed when they were made; "
                "reset one with: intl-office changepassword USERNAME)."
            )
            return
        self.stdout.write(
            self.style.WARNING("Demo users — the passwords are shown only this once:")
        )
        for role_name, username, password in created:
            self.stdout.write(f"  {role_name:<22} user {username:<22} password {password}")
