"""A second city with full records, built with the factories: an office that records its work
day by day, so its review's figures are derived rather than reported."""

from __future__ import annotations

from datetime import date, timedelta

from intl_office.activities.choices import ActivityKind, ActivityStatus, Direction
from intl_office.activities.tests.factories import ActivityFactory
from intl_office.core.choices import PolicyLineKind
from intl_office.core.models import PolicyPeriod
from intl_office.core.tests.factories import PolicyLineFactory, PolicyPeriodFactory
from intl_office.eu_projects.choices import ProjectRole
from intl_office.eu_projects.tests.factories import EUProjectFactory
from intl_office.relations.choices import RelationKind, RelationStatus
from intl_office.relations.tests.factories import (
    AgreementFactory,
    RelationFactory,
    RelationStatusChangeFactory,
)
from intl_office.welcome_desk.tests.factories import (
    ClientAgreementFactory,
    DeskContactFactory,
    FormalityFactory,
    SatisfactionSurveyFactory,
    local,
)

# desk contacts per year: a growing desk
CONTACTS = {2021: 30, 2022: 45, 2023: 60}
# held activities per kind and year
ACTIVITIES: dict[str, dict[int, int]] = {
    ActivityKind.AMBASSADOR_RECEIVED: {2021: 4, 2022: 6, 2023: 5},
    ActivityKind.ACTIVITY_ABROAD: {2021: 10, 2022: 12, 2023: 14},
    ActivityKind.AT_HOME: {2021: 20, 2022: 25, 2023: 30},
}


def build_city(scale: int = 1) -> PolicyPeriod:
    """The period 2021-2023 of a second city with all four lines and full records; ``scale``
    multiplies the desk contacts and activities."""
    period = PolicyPeriodFactory(
        slug="2021-2023",
        start=date(2021, 1, 1),
        end=date(2023, 12, 31),
        title_nl="Internationaal beleid 2021-2023",
        title_en="International policy 2021-2023",
        introduction_en="A city that records its international work as it happens.",
        introduction_nl="Een stad die haar internationale werk bijhoudt terwijl het gebeurt.",
    )
    for order, kind in enumerate(
        [
            PolicyLineKind.WELCOME,
            PolicyLineKind.RELATIONS,
            PolicyLineKind.EUROPE,
            PolicyLineKind.TRADE,
        ],
        start=1,
    ):
        PolicyLineFactory(period=period, kind=kind, order=order)
    for year, count in CONTACTS.items():
        for i in range(count * scale):
            DeskContactFactory(
                occurred_at=local(year, 2, 1, 10, 0) + timedelta(days=i % 300),
                nationality=["DE", "IN", "BR", "CN", "US"][i % 5],
                topics=[],
            )
        FormalityFactory.create_batch(
            count // 3, handled_on=date(year, 3, 1), kind="ind_residence_permit"
        )
    ClientAgreementFactory.create_batch(7, since=date(2020, 1, 1))
    SatisfactionSurveyFactory(
        period_start=date(2022, 1, 1),
        period_end=date(2022, 12, 31),
        very_satisfied=34,
        satisfied=6,
        neutral=0,
        dissatisfied=0,
        very_dissatisfied=0,
    )
    for activity_kind, per_year in ACTIVITIES.items():
        for year, count in per_year.items():
            ActivityFactory.create_batch(
                count * scale,
                kind=activity_kind,
                start_date=date(year, 6, 1),
                status=ActivityStatus.HELD,
            )
    ActivityFactory.create_batch(3, start_date=date(2021, 4, 1), cancelled=True)
    sister = RelationFactory(
        name_en="Sister city Aarhus",
        name_nl="Stedenband Aarhus",
        kind=RelationKind.SISTER_CITY,
        status=RelationStatus.SUSPENDED,
        since=date(1990, 1, 1),
    )
    RelationStatusChangeFactory(
        relation=sister,
        date=date(2022, 3, 1),
        from_status=RelationStatus.ACTIVE,
        to_status=RelationStatus.SUSPENDED,
        reason_en="Exchanges paused after a flood.",
        reason_nl="Uitwisselingen gepauzeerd na een overstroming.",
    )
    AgreementFactory(
        relation=sister,
        signed_on=date(2021, 9, 15),
        title_en="Renewed charter",
        title_nl="Vernieuwd handvest",
    )
    visit = ActivityFactory(
        kind=ActivityKind.OFFICIAL_VISIT_ABROAD,
        direction=Direction.OUTGOING,
        start_date=date(2021, 5, 10),
        title_en="Mayor visits Aarhus",
        title_nl="Burgemeester in Aarhus",
    )
    visit.relations.add(sister)
    EUProjectFactory(
        acronym="GREENCITY",
        role=ProjectRole.LEAD,
        start_date=date(2021, 1, 1),
        end_date=date(2023, 6, 30),
    )
    ActivityFactory(
        kind=ActivityKind.TRADE_MISSION,
        direction=Direction.OUTGOING,
        countries=["JP"],
        start_date=date(2022, 10, 3),
        title_en="Hydrogen mission to Japan",
        title_nl="Waterstofmissie naar Japan",
        delegation_size=14,
    )
    return period  # type: ignore[return-value]
