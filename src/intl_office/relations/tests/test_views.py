"""The relation and agreement pages, from the shared base tests, plus the status change and
the hiding of confidential relations."""

from __future__ import annotations

from datetime import date

import pytest

from intl_office.core.tests.factories import PlaceFactory
from intl_office.core.tests.views import RecordViewsTests
from intl_office.relations.models import Relation
from intl_office.relations.tests.factories import AgreementFactory, RelationFactory
from intl_office.relations.views import AgreementViews, RelationViews


class TestRelationViews(RecordViewsTests):
    views = RelationViews
    factory = RelationFactory
    editor = "policy advisor"
    viewer = "EU projects officer"
    outsider = "welcome desk"
    update = {"name_en": "Sister city, renamed"}
    bad = ("kind", "castle")

    def create_data(self):
        place = PlaceFactory()
        return {
            "slug": "tartu",
            "name_nl": "Stedenband Tartu",
            "name_en": "Sister city Tartu",
            "kind": "sister_city",
            "counterpart_place": place.pk,
            "since_precision": "year",
        }


class TestAgreementViews(RecordViewsTests):
    views = AgreementViews
    factory = AgreementFactory
    editor = "policy advisor"
    outsider = "welcome desk"
    update = {"signatories": "Both mayors"}
    bad = ("valid_until", "not a date")

    def create_data(self):
        return {
            "relation": RelationFactory().pk,
            "kind": "mou",
            "title_nl": "Samenwerkingsovereenkomst",
            "title_en": "Memorandum of understanding",
            "signed_on": "2019-05-01",
            "signed_precision": "day",
            "valid_until": "2024-05-01",
        }


@pytest.mark.django_db
def test_status_change_needs_a_reason_and_keeps_it(client, user_in_role):
    relation = RelationFactory()
    client.force_login(user_in_role("policy advisor"))
    url = f"/relations/relations/{relation.pk}/status/"
    response = client.post(url, {"to_status": "suspended", "on": "2022-03-01"})
    assert response.status_code == 200
    assert "Give the reason" in response.content.decode()
    response = client.post(
        url, {"to_status": "suspended", "on": "2022-03-01", "reason_en": "War in Ukraine."}
    )
    assert response.status_code == 302
    relation.refresh_from_db()
    assert relation.status == "suspended"
    assert relation.status_changes.get().reason_en == "War in Ukraine."
    assert "War in Ukraine." in client.get(relation.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_a_reader_cannot_change_a_status(client, user_in_role):
    relation = RelationFactory()
    client.force_login(user_in_role("reader"))
    response = client.post(
        f"/relations/relations/{relation.pk}/status/",
        {"to_status": "ended", "on": "2022-03-01", "reason_en": "x"},
    )
    assert response.status_code == 403
    assert Relation.objects.get(pk=relation.pk).status == "active"


@pytest.mark.django_db
def test_confidential_relations_are_hidden_without_the_permission(client, user_in_role):
    secret = RelationFactory(confidential=True, name_en="Secret talks")
    AgreementFactory(relation=secret, title_en="Secret letter")
    client.force_login(user_in_role("reader"))
    assert "Secret talks" not in client.get("/relations/relations/").content.decode()
    assert client.get(secret.get_absolute_url()).status_code == 404
    assert "Secret letter" not in client.get("/relations/agreements/").content.decode()
    assert "Secret talks" not in client.get("/search/", {"q": "Secret"}).content.decode()
    client.force_login(user_in_role("policy advisor"))
    assert "Secret talks" in client.get("/relations/relations/").content.decode()
    assert client.get(secret.get_absolute_url()).status_code == 200


@pytest.mark.django_db
def test_filtering_narrows_the_list(client, user_in_role):
    RelationFactory(name_en="Tartu bond", kind="sister_city")
    RelationFactory(name_en="Network of cities", kind="network", since=date(2010, 1, 1))
    client.force_login(user_in_role("reader"))
    content = client.get("/relations/relations/", {"kind": "network"}).content.decode()
    assert "Network of cities" in content
    assert "Tartu bond" not in content
    content = client.get("/relations/relations/", {"q": "tartu"}).content.decode()
    assert "Tartu bond" in content
    assert "Network of cities" not in content


@pytest.mark.django_db
def test_a_note_is_added_to_the_journal_of_a_record(client, user_in_role):
    relation = RelationFactory()
    client.force_login(user_in_role("policy advisor"))
    url = f"/relations/relations/{relation.pk}/note/"
    assert url in client.get(relation.get_absolute_url()).content.decode()
    response = client.post(url, {"on": "2023-04-01"})
    assert "Write the note" in response.content.decode()
    response = client.post(url, {"on": "2023-04-01", "text_en": "Mayor called the partner."})
    assert response.status_code == 302
    assert "Mayor called the partner." in client.get(relation.get_absolute_url()).content.decode()
    client.force_login(user_in_role("reader"))
    assert client.post(url, {"on": "2023-04-01", "text_en": "x"}).status_code == 403


@pytest.mark.django_db
def test_a_role_that_cannot_see_relations_cannot_note_on_them(client, user_in_role):
    relation = RelationFactory()
    client.force_login(user_in_role("welcome desk"))
    url = f"/relations/relations/{relation.pk}/note/"
    assert client.post(url, {"on": "2023-04-01", "text_en": "x"}).status_code == 403


@pytest.mark.django_db
def test_a_file_is_kept_with_a_record_and_only_its_readers_get_it(client, user_in_role):
    from django.core.files.uploadedfile import SimpleUploadedFile

    relation = RelationFactory()
    client.force_login(user_in_role("policy advisor"))
    upload = SimpleUploadedFile("loi.pdf", b"%PDF-1.4 signed", content_type="application/pdf")
    response = client.post(
        f"/relations/relations/{relation.pk}/attachments/",
        {"title": "Signed letter of intent", "file": upload},
    )
    assert response.status_code == 302
    attachment = relation.attachments.get()
    assert attachment.uploaded_by is not None
    url = f"/relations/relations/{relation.pk}/attachments/{attachment.pk}/"
    assert url in client.get(relation.get_absolute_url()).content.decode()
    assert b"".join(client.get(url).streaming_content) == b"%PDF-1.4 signed"
    client.force_login(user_in_role("welcome desk"))
    assert client.get(url).status_code == 403
