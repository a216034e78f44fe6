from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from auditlog.models import LogEntry
from auditlog.registry import auditlog
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError

from intl_office.core.audit import AUDITED_APPS
from intl_office.core.choices import PlaceOrigin
from intl_office.core.models import Organisation, Place, Theme
from intl_office.core.selectors import gazetteer_search, journal_of
from intl_office.core.services import (
    journal_add,
    place_create_manual,
    place_from_gazetteer,
    record_save,
    record_upsert,
)
from intl_office.core.tests.factories import OrganisationFactory, ThemeFactory
from intl_office.relations.services import relation_change_status
from intl_office.relations.tests.factories import RelationFactory

pytestmark = pytest.mark.django_db

GRONINGEN = 2755251


def log_entries(instance) -> LogEntry:
    return LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(type(instance)), object_id=instance.pk
    )


class TestRecordUpsert:
    def test_created_then_unchanged_then_updated(self):
        values = {"name_nl": "waterstof", "name_en": "hydrogen"}

        theme, first = record_upsert(Theme, lookup={"slug": "hydrogen"}, values=values)
        again, second = record_upsert(Theme, lookup={"slug": "hydrogen"}, values=values)
        changed, third = record_upsert(
            Theme, lookup={"slug": "hydrogen"}, values={**values, "name_en": "green hydrogen"}
        )

        assert (first, second, third) == ("created", "unchanged", "updated")
        assert again.pk == theme.pk == changed.pk
        assert Theme.objects.get(slug="hydrogen").name_en == "green hydrogen"

    def test_unchanged_writes_no_audit_entry(self):
        values = {"kind": "knowledge", "website": "https://www.rug.nl"}
        organisation, _ = record_upsert(
            Organisation, lookup={"name": "University of Groningen", "country": "NL"}, values=values
        )
        before = log_entries(organisation).count()

        _, status = record_upsert(
            Organisation, lookup={"name": "University of Groningen", "country": "NL"}, values=values
        )

        assert status == "unchanged"
        assert before == 1
        assert log_entries(organisation).count() == before

    def test_update_writes_one_audit_entry_with_before_and_after(self):
        organisation = OrganisationFactory(name="Hanze", country="NL", kind="other")
        before = log_entries(organisation).count()

        record_upsert(
            Organisation, lookup={"name": "Hanze", "country": "NL"}, values={"kind": "knowledge"}
        )

        entries = log_entries(organisation)
        assert entries.count() == before + 1
        latest = entries.latest("timestamp")
        assert latest.action == LogEntry.Action.UPDATE
        assert latest.changes_dict["kind"] == ["other", "knowledge"]

    def test_m2m_change_counts_as_updated(self):
        from intl_office.relations.models import Relation

        relation = RelationFactory()
        theme = ThemeFactory()
        lookup, values = {"slug": relation.slug}, {"kind": relation.kind}

        _, with_theme = record_upsert(
            Relation, lookup=lookup, values=values, m2m={"themes": [theme]}
        )
        _, same = record_upsert(Relation, lookup=lookup, values=values, m2m={"themes": [theme]})

        assert (with_theme, same) == ("updated", "unchanged")
        assert list(relation.themes.all()) == [theme]

    def test_invalid_values_are_refused_and_not_saved(self):
        with pytest.raises(ValidationError) as error:
            record_upsert(
                Theme, lookup={"slug": "not a slug!"}, values={"name_nl": "x", "name_en": "x"}
            )
        assert "slug" in error.value.message_dict
        assert not Theme.objects.filter(name_en="x").exists()


class TestAuditTrail:
    def test_every_model_of_the_product_is_audited(self):
        models = [m for label in AUDITED_APPS for m in apps.get_app_config(label).get_models()]
        assert len(models) > 25
        missing = [m._meta.label for m in models if not auditlog.contains(m)]
        assert missing == []

    def test_password_is_never_copied_into_the_trail(self):
        from intl_office.users.tests.factories import UserFactory

        user = UserFactory()
        created = log_entries(user).get(action=LogEntry.Action.CREATE)
        assert "password" not in created.changes_dict
        assert "username" in created.changes_dict

    def test_change_through_a_service_leaves_before_and_after_and_the_actor(self):
        relation = RelationFactory(status="active")

        relation_change_status(
            relation=relation, to_status="suspended", on=date(2022, 3, 1), reason_en="War."
        )

        update = log_entries(relation).filter(action=LogEntry.Action.UPDATE).latest("timestamp")
        assert update.changes_dict["status"] == ["active", "suspended"]
        assert update.changes_dict["status_reason_en"] == ["", "War."]


class TestGazetteer:
    def test_place_from_gazetteer_creates_groningen_once(self):
        place = place_from_gazetteer(geonames_id=GRONINGEN)
        again = place_from_gazetteer(geonames_id=GRONINGEN)

        assert again.pk == place.pk
        assert Place.objects.filter(geonames_id=GRONINGEN).count() == 1
        assert (place.name, place.country, place.origin) == (
            "Groningen",
            "NL",
            PlaceOrigin.GAZETTEER,
        )
        assert place.latitude == Decimal("53.219170")
        assert place.longitude == Decimal("6.566670")

    def test_unknown_geonames_id_is_refused_with_advice(self):
        with pytest.raises(ValidationError) as error:
            place_from_gazetteer(geonames_id=999999999)
        assert "geonames_id" in error.value.message_dict
        assert "by hand" in error.value.message_dict["geonames_id"][0]
        assert not Place.objects.exists()

    def test_search_finds_groningen_largest_first(self):
        hits = gazetteer_search("Groningen")
        assert hits[0].geonames_id == GRONINGEN
        assert hits[0].country == "NL"


class TestManualPlace:
    def test_small_town_entered_by_hand(self):
        place = place_create_manual(name="Ten Boer", country="NL", latitude=53.276, longitude=6.696)
        assert place.origin == PlaceOrigin.MANUAL
        assert Place.objects.get(name="Ten Boer").latitude == Decimal("53.276000")

    @pytest.mark.parametrize("country", ["ZZ", "nl", "NLD", ""])
    def test_bad_country_is_refused(self, country):
        with pytest.raises(ValidationError):
            place_create_manual(name="Nowhere", country=country)
        assert not Place.objects.filter(name="Nowhere").exists()

    def test_half_coordinates_are_refused(self):
        with pytest.raises(ValidationError):
            place_create_manual(name="Ten Post", country="NL", latitude=53.3)
        assert not Place.objects.filter(name="Ten Post").exists()


def test_journal_add_keeps_a_dated_note_on_any_record():
    organisation = OrganisationFactory()
    journal_add(subject=organisation, on=date(2019, 4, 1), text_en="First meeting.")
    journal_add(subject=organisation, on=date(2020, 4, 1), text_nl="Tweede overleg.")
    journal_add(subject=OrganisationFactory(), on=date(2020, 5, 1), text_en="Another organisation.")

    entries = list(journal_of(organisation))

    assert [(e.date, e.text) for e in entries] == [
        (date(2020, 4, 1), "Tweede overleg."),
        (date(2019, 4, 1), "First meeting."),
    ]


def test_journal_entry_needs_text():
    with pytest.raises(ValidationError):
        journal_add(subject=OrganisationFactory(), on=date(2020, 1, 1))


def test_record_save_is_all_or_nothing_with_m2m():
    from intl_office.relations.models import Relation

    relation = RelationFactory.build(counterpart_place=None, name_nl="Los", name_en="Loose")
    with pytest.raises(ValidationError):
        record_save(relation, m2m={"themes": []})
    assert not Relation.objects.filter(slug=relation.slug).exists()
