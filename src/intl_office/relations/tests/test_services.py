from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from intl_office.core.selectors import journal_of
from intl_office.relations.models import Agreement, RelationStatusChange
from intl_office.relations.services import agreement_renew, relation_change_status
from intl_office.relations.tests.factories import (
    AgreementFactory,
    RelationFactory,
    RelationStatusChangeFactory,
)

pytestmark = pytest.mark.django_db


class TestChangeStatus:
    def test_records_history_and_journal(self):
        relation = RelationFactory(status="active")

        change = relation_change_status(
            relation=relation,
            to_status="suspended",
            on=date(2022, 3, 1),
            reason_en="Exchanges suspended after the invasion of Ukraine.",
            reason_nl="Uitwisselingen opgeschort na de inval in Oekraïne.",
        )

        relation.refresh_from_db()
        assert relation.status == "suspended"
        assert relation.status_reason_en == "Exchanges suspended after the invasion of Ukraine."
        history = list(relation.status_changes.all())
        assert history == [change]
        assert (change.from_status, change.to_status, change.date) == (
            "active",
            "suspended",
            date(2022, 3, 1),
        )
        assert change.reason == "Exchanges suspended after the invasion of Ukraine."
        [entry] = journal_of(relation)
        assert entry.date == date(2022, 3, 1)
        assert "active → suspended" in entry.text_en
        assert "invasion of Ukraine" in entry.text_en
        assert "Oekraïne" in entry.text_nl

    def test_two_changes_keep_the_order_of_history(self):
        relation = RelationFactory(status="exploring")
        relation_change_status(relation=relation, to_status="active", on=date(2018, 1, 1))
        relation_change_status(
            relation=relation, to_status="dormant", on=date(2020, 6, 1), reason_en="No budget."
        )

        steps = [(c.from_status, c.to_status) for c in relation.status_changes.all()]
        assert steps == [("exploring", "active"), ("active", "dormant")]

    def test_same_status_is_refused(self):
        relation = RelationFactory(status="active")
        with pytest.raises(ValidationError) as error:
            relation_change_status(relation=relation, to_status="active", on=date(2020, 1, 1))
        assert "to_status" in error.value.message_dict
        assert not RelationStatusChange.objects.exists()

    @pytest.mark.parametrize("to_status", ["suspended", "ended", "not_realised", "dormant"])
    def test_stopping_needs_a_reason(self, to_status):
        relation = RelationFactory(status="active")
        with pytest.raises(ValidationError) as error:
            relation_change_status(relation=relation, to_status=to_status, on=date(2020, 1, 1))
        assert "reason" in error.value.message_dict
        relation.refresh_from_db()
        assert relation.status == "active"
        assert not RelationStatusChange.objects.exists()
        assert not journal_of(relation).exists()

    @pytest.mark.parametrize("reason", [{"reason_nl": "Geen budget."}, {"reason_en": "No budget."}])
    def test_a_reason_in_either_language_is_enough(self, reason):
        relation = RelationFactory(status="active")
        relation_change_status(relation=relation, to_status="ended", on=date(2020, 1, 1), **reason)
        relation.refresh_from_db()
        assert relation.status == "ended"

    @pytest.mark.parametrize("to_status", ["active", "exploring"])
    def test_starting_needs_no_reason(self, to_status):
        relation = RelationFactory(status="dormant")
        relation_change_status(relation=relation, to_status=to_status, on=date(2020, 1, 1))
        relation.refresh_from_db()
        assert relation.status == to_status

    def test_date_before_the_last_change_is_refused(self):
        relation = RelationFactory(status="active")
        RelationStatusChangeFactory(
            relation=relation, date=date(2019, 5, 1), from_status="exploring"
        )

        with pytest.raises(ValidationError) as error:
            relation_change_status(
                relation=relation, to_status="ended", on=date(2019, 4, 30), reason_en="x"
            )
        assert "on" in error.value.message_dict
        assert relation.status_changes.count() == 1

        relation_change_status(
            relation=relation, to_status="ended", on=date(2019, 5, 1), reason_en="Same day."
        )
        assert relation.status_changes.count() == 2

    def test_unknown_status_is_refused(self):
        relation = RelationFactory(status="active")
        with pytest.raises(ValidationError):
            relation_change_status(relation=relation, to_status="frozen", on=date(2020, 1, 1))
        relation.refresh_from_db()
        assert relation.status == "active"


class TestRenewAgreement:
    def test_renewal_links_to_the_agreement_it_renews(self):
        original = AgreementFactory(signed_on=date(2014, 9, 1), valid_until=date(2018, 9, 1))

        renewal = agreement_renew(
            agreement=original, signed_on=date(2018, 9, 1), valid_until=date(2022, 9, 1)
        )

        assert renewal.renews == original
        assert Agreement.objects.get(pk=original.pk).renewed_by == renewal
        assert renewal.relation == original.relation
        assert (renewal.kind, renewal.title_en) == (original.kind, original.title_en)
        assert renewal.valid_until == date(2022, 9, 1)
        assert Agreement.objects.filter(relation=original.relation).count() == 2
        [entry] = journal_of(original.relation)
        assert entry.date == date(2018, 9, 1)
        assert "renewed" in entry.text_en

    def test_renewing_twice_is_refused(self):
        original = AgreementFactory(signed_on=date(2014, 9, 1))
        agreement_renew(agreement=original, signed_on=date(2018, 9, 1))

        with pytest.raises(ValidationError, match="already been renewed"):
            agreement_renew(agreement=original, signed_on=date(2019, 9, 1))
        assert Agreement.objects.count() == 2

    def test_renewal_signed_before_the_original_is_refused(self):
        original = AgreementFactory(signed_on=date(2014, 9, 1))
        with pytest.raises(ValidationError) as error:
            agreement_renew(agreement=original, signed_on=date(2014, 8, 31))
        assert "signed_on" in error.value.message_dict
        assert Agreement.objects.count() == 1

    def test_renewal_valid_until_before_signing_is_refused(self):
        original = AgreementFactory(signed_on=date(2014, 9, 1))
        with pytest.raises(ValidationError):
            agreement_renew(
                agreement=original, signed_on=date(2018, 9, 1), valid_until=date(2018, 1, 1)
            )
        assert Agreement.objects.count() == 1
