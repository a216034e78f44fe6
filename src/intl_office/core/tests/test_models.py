"""Rules the database holds for shared records, whatever path the data takes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from intl_office.core.models import Place, PolicyPeriod
from intl_office.core.tests.factories import PlaceFactory, PolicyPeriodFactory, SourceFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("latitude", "longitude", "allowed"),
    [
        (Decimal("53.219170"), Decimal("6.566670"), True),
        (None, None, True),
        (Decimal("53.219170"), None, False),
        (None, Decimal("6.566670"), False),
        (Decimal("91"), Decimal("6.5"), False),
        (Decimal("53.2"), Decimal("-181"), False),
    ],
)
def test_place_coordinates_are_paired_and_in_range(latitude, longitude, allowed):
    place = Place(name="Haren", country="NL", latitude=latitude, longitude=longitude)
    if allowed:
        place.save()
        assert Place.objects.filter(name="Haren").count() == 1
    else:
        with pytest.raises(IntegrityError), transaction.atomic():
            place.save()
        assert not Place.objects.filter(name="Haren").exists()


def test_place_name_is_unique_per_country():
    PlaceFactory(name="Valencia", country="ES")
    PlaceFactory(name="Valencia", country="VE")
    with pytest.raises(IntegrityError), transaction.atomic():
        PlaceFactory(name="Valencia", country="ES")


@pytest.mark.parametrize(
    ("start", "end", "baseline_start", "allowed"),
    [
        (date(2017, 1, 1), date(2020, 12, 31), None, True),
        (date(2017, 1, 1), date(2017, 1, 1), None, True),
        (date(2017, 1, 1), date(2016, 12, 31), None, False),
        (date(2017, 1, 1), date(2020, 12, 31), date(2015, 1, 1), True),
        (date(2017, 1, 1), date(2020, 12, 31), date(2017, 6, 1), False),
    ],
)
def test_policy_period_dates_are_in_order(start, end, baseline_start, allowed):
    period = PolicyPeriod(
        slug="p", title_nl="p", title_en="p", start=start, end=end, baseline_start=baseline_start
    )
    if allowed:
        period.save()
        assert PolicyPeriod.objects.filter(slug="p").exists()
    else:
        with pytest.raises(ValidationError):
            period.full_clean()
        with pytest.raises(IntegrityError), transaction.atomic():
            period.save()


def test_policy_period_figures_start_at_the_baseline_when_set():
    assert PolicyPeriodFactory.build().figures_from == date(2017, 1, 1)
    assert PolicyPeriodFactory.build(baseline_start=date(2015, 1, 1)).figures_from == date(
        2015, 1, 1
    )


def test_citation_names_source_year_locator_and_the_document_citing_it():
    from intl_office.indicators.tests.factories import ObservationFactory

    review = SourceFactory(
        title="Terugblik 2017-2020", publisher="Gemeente Groningen", published="2021"
    )
    monitor = SourceFactory(
        title="City Monitor", publisher="OIS Groningen", published="2020", via=review
    )
    observation = ObservationFactory(source=monitor, source_locator="section 2.1")

    citation = observation.citation()

    assert citation.startswith("OIS Groningen: City Monitor (2020), section 2.1")
    assert "Gemeente Groningen: Terugblik 2017-2020" in citation
