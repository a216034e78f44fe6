"""Issue, list and revoke API tokens from the command line (an administrator's task)."""

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from intl_office.users.models import ApiToken, User
from intl_office.users.services import api_token_issue, api_token_revoke


class Command(BaseCommand):
    help = "Issue, list or revoke the API tokens with which programs use the REST API."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        issue = actions.add_parser("issue", help="Issue a token for a user; prints the key once.")
        issue.add_argument("username")
        issue.add_argument("--name", required=True, help="What the token is for.")
        actions.add_parser("list", help="List the tokens (prefix, user, name, state).")
        revoke = actions.add_parser("revoke", help="Revoke a token by the prefix of its key.")
        revoke.add_argument("prefix")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "issue":
            user = User.objects.filter(username=options["username"]).first()
            if user is None:
                raise CommandError(f"No user {options['username']!r}.")
            try:
                token, key = api_token_issue(user=user, name=options["name"])
            except ValidationError as error:
                raise CommandError("; ".join(error.messages)) from error
            self.stderr.write(f"Issued token {token.prefix}… for {user.username}; the key:")
            self.stdout.write(key)
        elif action == "list":
            for token in ApiToken.objects.select_related("user"):
                state = "revoked" if token.revoked_at else "active"
                used = token.last_used_at.isoformat() if token.last_used_at else "never used"
                self.stdout.write(
                    f"{token.prefix}  {token.user.username}  {token.name}  {state}  {used}"
                )
        else:
            found = ApiToken.objects.filter(prefix=options["prefix"]).first()
            if found is None:
                raise CommandError(f"No token with prefix {options['prefix']!r}.")
            api_token_revoke(token=found)
            self.stdout.write(f"Revoked token {found.prefix}… of {found.user.username}.")
