"""The documentation keeps up with the code: a setting, command, option or model that is not
documented fails the suite."""

from __future__ import annotations

import re
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command, load_command_class
from django.core.management.base import BaseCommand, CommandError

import intl_office
from intl_office.conf import SETTINGS
from intl_office.core.management.commands.settings_reference import render

PACKAGE = Path(intl_office.__file__).resolve().parent
REPO = PACKAGE.parent.parent
DOCS = REPO / "docs"


def product_commands() -> list[tuple[str, str]]:
    """(app module, command name) of every management command the product ships."""
    return sorted(
        (path.parents[2].name, path.stem)
        for path in PACKAGE.glob("*/management/commands/*.py")
        if not path.stem.startswith("_")
    )


def cli_sections() -> dict[str, str]:
    """The text of docs/reference/cli.md under each ``## intl-office <command>`` heading."""
    text = (DOCS / "reference" / "cli.md").read_text(encoding="utf-8")
    sections: dict[str, str] = {}
    for block in re.split(r"^## ", text, flags=re.MULTILINE)[1:]:
        heading, _, body = block.partition("\n")
        if match := re.fullmatch(r"`?intl-office ([a-z][a-z0-9-]*)`?\s*", heading):
            sections[match.group(1)] = body
    return sections


def own_options(command: BaseCommand, name: str) -> set[str]:
    """The long options a command adds to those every Django command has."""
    common = {
        o
        for a in BaseCommand().create_parser("intl-office", "x")._actions
        for o in a.option_strings
    }
    parser = command.create_parser("intl-office", name)
    return {
        option
        for action in parser._actions
        for option in action.option_strings
        if option.startswith("--") and option not in common
    }


def test_settings_reference_is_generated_from_conf():
    path = DOCS / "reference" / "settings.md"
    assert path.read_text(encoding="utf-8") == render(), (
        "docs/reference/settings.md is out of date: "
        "intl-office settings-reference --output docs/reference/settings.md"
    )


def test_settings_reference_check_fails_on_a_stale_file(tmp_path):
    stale = tmp_path / "settings.md"
    stale.write_text(render().replace(SETTINGS[0].help, "Something else."), encoding="utf-8")
    with pytest.raises(CommandError, match="out of date"):
        call_command("settings_reference", check=stale)
    stale.write_text(render(), encoding="utf-8")
    out = StringIO()
    call_command("settings_reference", check=stale, stdout=out)
    assert "up to date" in out.getvalue()


def test_settings_reference_lists_every_setting_with_its_help():
    out = StringIO()
    call_command("settings_reference", stdout=out)
    for setting in SETTINGS:
        assert f"## {setting.name}\n\n{setting.help}\n" in out.getvalue()


def test_every_environment_variable_read_by_settings_is_documented():
    source = (PACKAGE / "settings.py").read_text(encoding="utf-8")
    read = set(re.findall(r"\benv(?:\.\w+)?\(\s*\"([A-Z][A-Z0-9_]*)\"", source))
    assert read, "no env(...) calls found in settings.py; has the way settings are read changed?"
    undocumented = read - {s.name for s in SETTINGS}
    assert not undocumented, f"read in settings.py, missing from conf.SETTINGS: {undocumented}"


@pytest.mark.parametrize(("app", "name"), product_commands())
def test_every_command_and_option_is_in_the_cli_reference(app, name):
    hyphenated = name.replace("_", "-")
    sections = cli_sections()
    assert hyphenated in sections, (
        f"docs/reference/cli.md has no section “## intl-office {hyphenated}”"
    )
    command = load_command_class(f"intl_office.{app}", name)
    missing = sorted(o for o in own_options(command, name) if o not in sections[hyphenated])
    assert not missing, (
        f"options of intl-office {hyphenated} not in docs/reference/cli.md: {missing}"
    )


def test_the_cli_reference_documents_no_command_that_does_not_exist():
    known = {name.replace("_", "-") for _app, name in product_commands()}
    assert set(cli_sections()) <= known


def product_models() -> list[str]:
    return sorted(
        model.__name__
        for config in apps.get_app_configs()
        if config.name.startswith("intl_office.")
        for model in config.get_models()
    )


@pytest.mark.parametrize("model", product_models())
def test_every_model_is_in_the_model_reference(model):
    text = (DOCS / "reference" / "models.md").read_text(encoding="utf-8")
    assert re.search(rf"`{model}`", text), f"docs/reference/models.md does not describe `{model}`"
