from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from intl_office.core.tests.factories import OrganisationFactory
from intl_office.welcome_desk.selectors import (
    FormalityCount,
    Tally,
    client_organisations_active_on,
    desk_contacts_per_channel,
    desk_contacts_per_nationality,
    desk_contacts_per_topic,
    desk_contacts_per_year,
    formalities_per_kind_and_year,
    nationalities_served,
    satisfaction_in,
)
from intl_office.welcome_desk.tests.factories import (
    ClientAgreementFactory,
    DeskContactFactory,
    FormalityFactory,
    SatisfactionSurveyFactory,
    local,
)

pytestmark = pytest.mark.django_db

START, END = date(2019, 1, 1), date(2020, 12, 31)


@pytest.fixture
def contacts():
    DeskContactFactory(
        occurred_at=local(2019, 3, 4, 10),
        channel="visit",
        nationality="IN",
        topics=["residence_permit", "housing"],
    )
    DeskContactFactory(
        occurred_at=local(2019, 3, 5, 11), channel="email", nationality="IN", topics=["housing"]
    )
    DeskContactFactory(
        occurred_at=local(2020, 6, 1, 9), channel="phone", nationality="DE", topics=["tax"]
    )
    DeskContactFactory(
        occurred_at=local(2020, 12, 31, 23, 30),
        channel="visit",
        nationality="",
        topics=["residence_permit"],
    )
    # outside the period
    DeskContactFactory(
        occurred_at=local(2018, 12, 31, 23, 59), channel="visit", nationality="CN", topics=["jobs"]
    )
    DeskContactFactory(
        occurred_at=local(2021, 1, 1, 0, 30), channel="visit", nationality="CN", topics=["jobs"]
    )


def test_per_year(contacts):
    assert desk_contacts_per_year(START, END) == [Tally(2019, 2), Tally(2020, 2)]


def test_per_channel(contacts):
    assert desk_contacts_per_channel(START, END) == [
        Tally("email", 1),
        Tally("phone", 1),
        Tally("visit", 2),
    ]


def test_per_nationality_keeps_the_unknown_apart(contacts):
    assert desk_contacts_per_nationality(START, END) == [
        Tally("", 1),
        Tally("DE", 1),
        Tally("IN", 2),
    ]


def test_per_topic_a_contact_about_two_topics_counts_for_each(contacts):
    assert desk_contacts_per_topic(START, END) == [
        Tally("housing", 2),
        Tally("residence_permit", 2),
        Tally("tax", 1),
    ]


@pytest.mark.parametrize(
    ("occurred_at", "year"),
    [
        # 22:30 UTC: the last evening of 2020 in Groningen
        (local(2020, 12, 31, 23, 30), 2020),
        # 23:30 UTC on 31 December, but already New Year's Day in Groningen
        (local(2021, 1, 1, 0, 30), 2021),
        # summer time: 22:30 UTC on 30 June is 1 July locally
        (local(2020, 7, 1, 0, 30), 2020),
    ],
)
def test_a_contact_belongs_to_the_local_day_and_year(occurred_at, year):
    DeskContactFactory(occurred_at=occurred_at)
    day = occurred_at.date()

    assert desk_contacts_per_year(date(2020, 1, 1), date(2021, 12, 31)) == [Tally(year, 1)]
    assert desk_contacts_per_year(day, day) == [Tally(year, 1)]
    assert desk_contacts_per_year(date(year, 1, 1), date(year, 12, 31)) == [Tally(year, 1)]
    other = year - 1 if year == 2021 else year + 1
    assert desk_contacts_per_year(date(other, 1, 1), date(other, 12, 31)) == []


def test_formalities_per_kind_and_year():
    for day in (date(2019, 2, 1), date(2019, 12, 31), date(2020, 1, 1)):
        FormalityFactory(kind="ind_residence_permit", handled_on=day)
    FormalityFactory(kind="brp_registration", handled_on=date(2020, 5, 5))
    FormalityFactory(kind="brp_registration", handled_on=date(2021, 1, 1))

    assert formalities_per_kind_and_year(START, END) == [
        FormalityCount("ind_residence_permit", 2019, 2),
        FormalityCount("brp_registration", 2020, 1),
        FormalityCount("ind_residence_permit", 2020, 1),
    ]


class TestClientOrganisations:
    DAY = date(2020, 12, 31)

    def test_active_on_a_date(self):
        ClientAgreementFactory(since=date(2018, 1, 1), until=None)  # open-ended: counted
        ClientAgreementFactory(
            since=date(2018, 1, 1), until=date(2020, 12, 31)
        )  # ends that day: counted
        ClientAgreementFactory(
            since=date(2018, 1, 1), until=date(2020, 12, 30)
        )  # ended: not counted
        ClientAgreementFactory(since=date(2021, 1, 1), until=None)  # not yet: not counted
        twice = OrganisationFactory()
        ClientAgreementFactory(organisation=twice, since=date(2017, 1, 1), until=None)
        ClientAgreementFactory(
            organisation=twice, since=date(2019, 1, 1), until=None
        )  # counts once

        assert client_organisations_active_on(self.DAY) == 3

    def test_none_without_agreements(self):
        assert client_organisations_active_on(self.DAY) == 0


def test_nationalities_served_are_distinct_across_contacts_and_formalities():
    DeskContactFactory(occurred_at=local(2019, 5, 1, 10), nationality="IN")
    DeskContactFactory(occurred_at=local(2019, 5, 2, 10), nationality="IN")
    DeskContactFactory(occurred_at=local(2019, 5, 3, 10), nationality="DE")
    DeskContactFactory(
        occurred_at=local(2019, 5, 4, 10), nationality=""
    )  # unknown: not a nationality
    FormalityFactory(handled_on=date(2019, 6, 1), nationality="DE")  # also a contact: once
    FormalityFactory(handled_on=date(2019, 6, 2), nationality="BR")  # only a formality
    FormalityFactory(handled_on=date(2019, 6, 3), nationality="")
    DeskContactFactory(occurred_at=local(2022, 1, 1, 10), nationality="SY")  # outside
    FormalityFactory(handled_on=date(2018, 1, 1), nationality="TR")  # outside

    assert nationalities_served(START, END) == 3


def test_nationalities_served_none():
    assert nationalities_served(START, END) == 0


class TestSatisfaction:
    def test_share_of_very_satisfied_over_the_surveys_in_the_period(self):
        SatisfactionSurveyFactory(
            period_start=date(2019, 1, 1),
            period_end=date(2019, 12, 31),
            very_satisfied=60,
            satisfied=30,
            neutral=10,
            dissatisfied=0,
            very_dissatisfied=0,
        )
        SatisfactionSurveyFactory(
            period_start=date(2020, 1, 1),
            period_end=date(2020, 6, 30),
            very_satisfied=20,
            satisfied=10,
            neutral=10,
            dissatisfied=5,
            very_dissatisfied=5,
        )
        # runs past the end of the period: not in it
        SatisfactionSurveyFactory(
            period_start=date(2020, 7, 1),
            period_end=date(2021, 6, 30),
            very_satisfied=0,
            satisfied=0,
            neutral=0,
            dissatisfied=50,
            very_dissatisfied=50,
        )

        summary = satisfaction_in(START, END)

        assert (summary.responses, summary.very_satisfied) == (150, 80)
        assert summary.very_satisfied_share == Decimal("53.3")

    def test_no_survey_no_share(self):
        assert satisfaction_in(START, END).very_satisfied_share is None
