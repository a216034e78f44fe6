"""Loading a dataset file: all or nothing, idempotent, and errors that name record and field."""

from __future__ import annotations

import textwrap
from datetime import date
from decimal import Decimal

import pytest
from auditlog.models import LogEntry
from django.apps import apps

from intl_office.activities.models import Activity
from intl_office.core.models import Place
from intl_office.demo.loader import DatasetError, load_dataset
from intl_office.relations.models import Relation

pytestmark = pytest.mark.django_db

VALID = """
[sources.monitor]
title = "City Monitor"
publisher = "Research and Statistics"
kind = "dataset"
published = "2020"
url = "https://monitor.example.org"

[places.groningen]
geonames_id = 2755251

[places.tiny]
name = "Ten Boer"
country = "NL"
latitude = 53.276
longitude = 6.696

[places.kaliningrad]
name = "Kaliningrad"
country = "RU"

[organisations.university]
name = "University of Groningen"
acronym = "RUG"
country = "NL"
kind = "knowledge"
place = "groningen"

[themes.energy]
nl = "energietransitie"
en = "energy transition"

[themes.hydrogen]
nl = "waterstof"
en = "hydrogen"
parent = "energy"

[periods.2017-2020]
start = "2017-01-01"
end = "2020-12-31"
baseline_start = "2015"
title_nl = "Internationaliseringsbeleid 2017-2020"
title_en = "Internationalisation policy 2017-2020"
missions = [{ nl = "Een open stad.", en = "An open city." }]
lines = [
  { kind = "relations", name_nl = "Relatiemanagement", name_en = "Relations" },
  { kind = "welcome", name_nl = "Welkomstbeleid", name_en = "Welcome" },
]

[relations.kaliningrad]
kind = "sister_city"
status = "suspended"
place = "kaliningrad"
name_nl = "Stedenband Kaliningrad"
name_en = "Sister city Kaliningrad"
status_reason_en = "Suspended after the annexation of Crimea."
since = "1989"
themes = ["energy"]
policy_lines = ["2017-2020/relations"]
cite = "monitor#section 3"
history = [
  { date = "1989", to = "active" },
  { date = "2014-03", from = "active", to = "suspended", reason_en = "Annexation of Crimea." },
]
agreements = [
  { title_en = "Treaty", title_nl = "Verdrag", kind = "charter", signed = "1989-05-12" },
]

[programmes.interreg]
name = "Interreg North Sea Region"

[eu_projects.seev4]
acronym = "SEEV4-CITY"
programme = "interreg"
start = "2016-09"
end = "2020-06"
role = "partner"
budget_total = 5000000
eu_contribution = 2500000
themes = ["energy", "hydrogen"]
partners = [{ organisation = "university" }]

[[activities]]
title_nl = "Bezoek ambassadeur"
title_en = "Ambassador's visit"
kind = "ambassador_received"
direction = "incoming"
start = "2018-05-14"
place = "groningen"
countries = ["RU"]
relations = ["kaliningrad"]

[[activities]]
title_nl = "Handelsmissie"
title_en = "Trade mission"
kind = "trade_mission"
direction = "outgoing"
start = "2020-03"
status = "cancelled"
status_reason = "COVID-19"
countries = ["DE", "DK"]
organisations = ["university"]

[indicators.international-students]
policy_line = "welcome"
name_nl = "Internationale studenten"
name_en = "International students"

[[observations]]
indicator = "international-students"
period = "2019-2020"
period_kind = "academic_year"
value = 10375
cite = "monitor#table 2"

[[observations]]
indicator = "nationalities-served"
period = "2017-2020"
value = 100
qualifier = "more_than"

[[targets]]
indicator = "international-students"
period = "2017-2020"
value = 12000

[[journal]]
subject = "relation:kaliningrad"
date = "2018-05-14"
text_en = "Ambassador visited."
text_nl = "Ambassadeur op bezoek."

[[narratives]]
period = "2017-2020"
section = "introduction"
language = "en"
text = "Four years of working abroad."
"""


def write(tmp_path, text: str):
    path = tmp_path / "city.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def counts() -> dict[str, int]:
    labels = (
        "core",
        "relations",
        "activities",
        "eu_projects",
        "welcome_desk",
        "indicators",
        "reviews",
    )
    return {
        model._meta.label: model._default_manager.count()
        for label in labels
        for model in apps.get_app_config(label).get_models()
    } | {"auditlog.LogEntry": LogEntry.objects.count()}


def test_valid_file_loads_what_it_says(tmp_path):
    result = load_dataset(write(tmp_path, VALID))

    assert result.changes > 20
    assert result.created["activities.Activity"] == 2
    kaliningrad = Relation.objects.get(slug="kaliningrad")
    assert kaliningrad.status == "suspended"
    assert [(c.from_status, c.to_status, c.date) for c in kaliningrad.status_changes.all()] == [
        ("", "active", date(1989, 1, 1)),
        ("active", "suspended", date(2014, 3, 1)),
    ]
    assert kaliningrad.citation() == "Research and Statistics: City Monitor (2020), section 3"
    mission = Activity.objects.get(title_en="Trade mission")
    assert (mission.start_date, mission.date_precision, mission.status) == (
        date(2020, 3, 1),
        "month",
        "cancelled",
    )
    assert Place.objects.get(geonames_id=2755251).name == "Groningen"
    assert Place.objects.get(name="Ten Boer").latitude == Decimal("53.276000")


def test_loading_twice_changes_nothing(tmp_path):
    path = write(tmp_path, VALID)
    first = load_dataset(path)
    before = counts()

    second = load_dataset(path)

    assert second.changes == 0
    assert second.created == {} and second.updated == {}
    assert sum(second.unchanged.values()) == sum(first.created.values()) + sum(
        first.updated.values()
    )
    assert counts() == before  # nothing written, not even to the audit trail


def test_a_changed_value_is_one_update(tmp_path):
    load_dataset(write(tmp_path, VALID))

    result = load_dataset(write(tmp_path, VALID.replace("value = 10375", "value = 10400")))

    assert result.updated == {"indicators.Observation": 1}
    assert result.created == {}


BROKEN = [
    pytest.param(
        """
        [[activities]]
        title_nl = "Bezoek"
        title_en = "Visit from nowhere"
        kind = "delegation_received"
        direction = "incoming"
        start = "2018-05-14"
        place = "atlantis"
        """,
        ["activities[", "Visit from nowhere", "place", "atlantis"],
        id="unknown place in an activity",
    ),
    pytest.param(
        """
        [[activities]]
        title_nl = "Bezoek"
        title_en = "Visit on a bad day"
        kind = "delegation_received"
        direction = "incoming"
        start = "2018-13-45"
        """,
        ["Visit on a bad day", "start", "2018-13-45", "not a date"],
        id="invalid date",
    ),
    pytest.param(
        """
        [[activities]]
        title_nl = "Bezoek"
        title_en = "Visit from a made-up country"
        kind = "delegation_received"
        direction = "incoming"
        start = "2018-05-14"
        countries = ["ZZ"]
        """,
        ["Visit from a made-up country", "countries", "ZZ"],
        id="bad country of an activity",
    ),
    pytest.param(
        """
        [organisations.ghost]
        name = "Ghost Company"
        country = "XX"
        """,
        ["organisations.ghost", "country", "XX"],
        id="bad country of an organisation",
    ),
    pytest.param(
        """
        [places.nowhere]
        name = "Nowhere"
        country = "NLD"
        """,
        ["places.nowhere", "country", "NLD"],
        id="bad country of a place",
    ),
    pytest.param(
        """
        [[activities]]
        title_nl = "Geannuleerd"
        title_en = "Cancelled without reason"
        kind = "delegation_received"
        direction = "incoming"
        start = "2020-04-01"
        status = "cancelled"
        """,
        ["Cancelled without reason"],
        id="cancelled without a reason",
    ),
    pytest.param(
        """
        [[observations]]
        indicator = "no-such-indicator"
        period = "2019"
        value = 1
        """,
        ["observations[", "indicator", "no-such-indicator"],
        id="unknown indicator",
    ),
]


@pytest.mark.parametrize(("broken", "named"), BROKEN)
def test_broken_file_writes_nothing_and_names_record_and_field(tmp_path, broken, named):
    before = counts()
    # the broken record comes after valid ones, so that they would have been written
    path = write(tmp_path, VALID + textwrap.dedent(broken))

    with pytest.raises(DatasetError) as error:
        load_dataset(path)

    message = str(error.value)
    for part in named:
        assert part in message, message
    assert counts() == before


def test_not_toml_at_all(tmp_path):
    with pytest.raises(DatasetError, match=r"city\.toml"):
        load_dataset(write(tmp_path, "this is = = not toml"))


def test_missing_field_is_named(tmp_path):
    before = counts()
    with pytest.raises(DatasetError, match="title_nl"):
        load_dataset(
            write(tmp_path, VALID + '\n[[activities]]\ntitle_en = "Half"\nstart = "2019"\n')
        )
    assert counts() == before
