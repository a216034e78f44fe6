from __future__ import annotations

from datetime import date

import pytest

from intl_office.activities.selectors import (
    KindCount,
    activity_count,
    activity_counts_by_kind,
    activity_counts_by_kind_and_year,
)
from intl_office.activities.tests.factories import ActivityFactory

pytestmark = pytest.mark.django_db

START, END = date(2019, 1, 1), date(2020, 12, 31)

AMBASSADOR, DELEGATION, MISSION = "ambassador_received", "delegation_received", "trade_mission"

# (kind, start, end, status, format) of the activities recorded
RECORDS = [
    (AMBASSADOR, date(2019, 3, 5), None, "held", "in_person"),
    (AMBASSADOR, date(2020, 4, 2), None, "cancelled", "in_person"),  # cancelled, not held
    (AMBASSADOR, date(2020, 6, 2), None, "cancelled", "digital"),  # cancelled, not digital
    (DELEGATION, date(2020, 5, 12), None, "held", "digital"),
    (DELEGATION, date(2020, 6, 18), None, "held", "hybrid"),
    (DELEGATION, date(2020, 9, 1), None, "postponed", "in_person"),
    (DELEGATION, date(2020, 11, 1), None, "planned", "in_person"),
    (DELEGATION, date(2019, 1, 1), None, "held", "in_person"),  # first day counts
    (MISSION, date(2019, 12, 28), date(2020, 1, 3), "held", "in_person"),  # Dec→Jan: once, in 2019
    (MISSION, date(2020, 12, 31), date(2021, 1, 2), "held", "in_person"),  # last day counts
    (MISSION, date(2021, 1, 1), None, "held", "in_person"),  # day after the period
    (AMBASSADOR, date(2018, 12, 31), date(2019, 1, 2), "held", "in_person"),  # starts before it
]


@pytest.fixture
def activities():
    for kind, start, end, status, format_ in RECORDS:
        reason = "COVID-19" if status in ("cancelled", "postponed") else ""
        ActivityFactory(
            kind=kind,
            start_date=start,
            end_date=end,
            status=status,
            format=format_,
            status_reason=reason,
        )


def test_counts_by_kind(activities):
    assert activity_counts_by_kind(START, END) == [
        KindCount(
            AMBASSADOR, None, total=3, held=1, cancelled=2, postponed=0, planned=0, digital=0
        ),
        KindCount(
            DELEGATION, None, total=5, held=3, cancelled=0, postponed=1, planned=1, digital=2
        ),
        KindCount(MISSION, None, total=2, held=2, cancelled=0, postponed=0, planned=0, digital=0),
    ]


def test_counts_by_kind_and_year_count_an_activity_in_the_year_it_starts(activities):
    assert activity_counts_by_kind_and_year(START, END) == [
        KindCount(
            AMBASSADOR, 2019, total=1, held=1, cancelled=0, postponed=0, planned=0, digital=0
        ),
        KindCount(
            DELEGATION, 2019, total=1, held=1, cancelled=0, postponed=0, planned=0, digital=0
        ),
        KindCount(MISSION, 2019, total=1, held=1, cancelled=0, postponed=0, planned=0, digital=0),
        KindCount(
            AMBASSADOR, 2020, total=2, held=0, cancelled=2, postponed=0, planned=0, digital=0
        ),
        KindCount(
            DELEGATION, 2020, total=4, held=2, cancelled=0, postponed=1, planned=1, digital=2
        ),
        KindCount(MISSION, 2020, total=1, held=1, cancelled=0, postponed=0, planned=0, digital=0),
    ]


def test_no_activities_no_rows():
    ActivityFactory(start_date=date(2016, 5, 1))
    assert activity_counts_by_kind(START, END) == []
    assert activity_counts_by_kind_and_year(START, END) == []


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, 10),
        ({"status": "held"}, 6),
        ({"status": "cancelled"}, 2),
        ({"kind": MISSION}, 2),
        ({"format__in": ["digital", "hybrid"], "status": "held"}, 2),
    ],
)
def test_activity_count_with_filters(activities, filters, expected):
    assert activity_count(START, END, **filters) == expected
