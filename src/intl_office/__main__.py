"""The ``intl-office`` command: Django's management commands plus the product's own."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "intl_office.settings")
    from django.core.management import execute_from_command_line

    argv = ["intl-office", *sys.argv[1:]]
    # The product's commands are spelt with hyphens (load-demo); Django's modules use underscores.
    if len(argv) > 1 and not argv[1].startswith("-"):
        argv[1] = argv[1].replace("-", "_")
    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
