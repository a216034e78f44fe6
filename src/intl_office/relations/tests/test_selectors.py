from __future__ import annotations

from datetime import date

import pytest

from intl_office.activities.tests.factories import ActivityFactory
from intl_office.relations.selectors import (
    RelationCount,
    relation_counts,
    relation_timeline,
    relations_visible_to,
)
from intl_office.relations.tests.factories import (
    AgreementFactory,
    RelationFactory,
    RelationStatusChangeFactory,
)
from intl_office.users.roles import EU_PROJECTS_OFFICER, POLICY_ADVISOR, READER, WELCOME_DESK

pytestmark = pytest.mark.django_db


def test_relation_counts_group_by_kind_and_status():
    RelationFactory.create_batch(3, kind="sister_city", status="active")
    RelationFactory(kind="sister_city", status="suspended", status_reason_en="War.")
    RelationFactory.create_batch(2, kind="partnership", status="active")
    RelationFactory(kind="partnership", status="not_realised", confidential=True)
    RelationFactory(kind="network", status="active")

    assert relation_counts() == [
        RelationCount("network", "active", 1),
        RelationCount("partnership", "active", 2),
        RelationCount("partnership", "not_realised", 1),
        RelationCount("sister_city", "active", 3),
        RelationCount("sister_city", "suspended", 1),
    ]
    assert RelationCount("partnership", "not_realised", 1) not in relation_counts(
        include_confidential=False
    )


class TestVisibility:
    @pytest.fixture
    def relations(self):
        return RelationFactory(slug="open"), RelationFactory(slug="secret", confidential=True)

    @pytest.mark.parametrize(
        ("role", "sees_confidential"),
        [
            (READER, False),
            (WELCOME_DESK, False),
            (EU_PROJECTS_OFFICER, False),
            (POLICY_ADVISOR, True),
        ],
    )
    def test_confidential_relations_only_for_those_allowed(
        self, relations, user_in_role, role, sees_confidential
    ):
        user = user_in_role(role)
        slugs = set(relations_visible_to(user).values_list("slug", flat=True))
        assert slugs == ({"open", "secret"} if sees_confidential else {"open"})

    def test_anonymous_sees_no_confidential_relation(self, relations):
        assert list(relations_visible_to(None).values_list("slug", flat=True)) == ["open"]


class TestTimeline:
    START, END = date(2017, 1, 1), date(2020, 12, 31)

    def test_events_of_the_relation_and_its_children_in_order_within_the_period(self):
        bond = RelationFactory()
        school_exchange = RelationFactory(
            parent=bond, kind="exchange", counterpart_place=bond.counterpart_place
        )
        other = RelationFactory()

        AgreementFactory(relation=bond, signed_on=date(2017, 6, 12), title_en="Renewed charter")
        visit = ActivityFactory(start_date=date(2018, 5, 14), title_en="Mayor's visit")
        visit.relations.set([bond, school_exchange])  # listed once, though linked twice
        ActivityFactory(start_date=date(2019, 2, 1), title_en="School exchange").relations.set(
            [school_exchange]
        )
        RelationStatusChangeFactory(
            relation=school_exchange,
            date=date(2020, 3, 15),
            from_status="active",
            to_status="suspended",
            reason_en="COVID-19",
        )
        # outside the period, or of another relation
        ActivityFactory(start_date=date(2016, 12, 31), title_en="Too early").relations.set([bond])
        ActivityFactory(start_date=date(2021, 1, 1), title_en="Too late").relations.set([bond])
        AgreementFactory(relation=bond, signed_on=date(2021, 1, 1), title_en="Later agreement")
        AgreementFactory(relation=bond, signed_on=None, title_en="Undated agreement")
        ActivityFactory(start_date=date(2018, 6, 1), title_en="Other relation").relations.set(
            [other]
        )

        events = relation_timeline(bond, self.START, self.END)

        assert [(e.date, e.kind, e.title_en) for e in events] == [
            (date(2017, 6, 12), "agreement", "Renewed charter"),
            (date(2018, 5, 14), "delegation_received", "Mayor's visit"),
            (date(2019, 2, 1), "delegation_received", "School exchange"),
            (date(2020, 3, 15), "status", school_exchange.name_en),
        ]
        assert events[-1].record.reason == "COVID-19"

    def test_period_bounds_are_inclusive(self):
        bond = RelationFactory()
        ActivityFactory(start_date=self.START, title_en="First day").relations.set([bond])
        ActivityFactory(start_date=self.END, title_en="Last day").relations.set([bond])

        assert [e.title_en for e in relation_timeline(bond, self.START, self.END)] == [
            "First day",
            "Last day",
        ]

    def test_on_the_same_date_a_precise_event_comes_before_one_known_only_to_the_year(self):
        bond = RelationFactory()
        for precision, title in [("year", "Some time in 2018"), ("day", "New year's reception")]:
            ActivityFactory(
                start_date=date(2018, 1, 1), date_precision=precision, title_en=title
            ).relations.add(bond)

        titles = [e.title_en for e in relation_timeline(bond, self.START, self.END)]
        assert titles == ["New year's reception", "Some time in 2018"]
