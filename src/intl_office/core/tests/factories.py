"""Factories of the shared records, and helpers the other apps' factories use.

The factories make realistic records fast (``obj.save()``, no ``full_clean()``): enough to build a
synthetic city with hundreds of records. ``test_factories.py`` checks that what they make passes
the model validation."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import factory
from django.utils.text import slugify
from faker import Faker

from intl_office.core.choices import OrganisationKind, PlaceOrigin, PolicyLineKind, SourceKind
from intl_office.core.models import (
    MissionStatement,
    Organisation,
    Person,
    Place,
    PolicyLine,
    PolicyPeriod,
    Source,
    Theme,
)

fake = Faker("en_GB")

_used: set[str] = set()


def unique(text: str, separator: str = " ") -> str:
    """``text``, or ``text 2``, ``text 3``… when it was handed out before in this test run."""
    candidate, number = text, 2
    while candidate in _used:
        candidate = f"{text}{separator}{number}"
        number += 1
    _used.add(candidate)
    return candidate


# Real European cities (name, ISO country, latitude, longitude): places look like the real thing.
CITIES = [
    ("Kaliningrad", "RU", "54.710426", "20.452214"),
    ("Odense", "DK", "55.395954", "10.388570"),
    ("Tartu", "EE", "58.380610", "26.722450"),
    ("Murmansk", "RU", "68.979170", "33.092510"),
    ("Oldenburg", "DE", "53.143890", "8.213890"),
    ("Bremen", "DE", "53.075150", "8.807770"),
    ("Hamburg", "DE", "53.550730", "9.993020"),
    ("Tallinn", "EE", "59.436960", "24.753530"),
    ("Gdansk", "PL", "54.352270", "18.649120"),
    ("Lublin", "PL", "51.250000", "22.566670"),
    ("Aarhus", "DK", "56.156740", "10.210760"),
    ("Uppsala", "SE", "59.858820", "17.638890"),
    ("Turku", "FI", "60.451480", "22.268690"),
    ("Ghent", "BE", "51.050000", "3.716670"),
    ("Leuven", "BE", "50.879590", "4.700930"),
    ("Lille", "FR", "50.633330", "3.066670"),
    ("Bologna", "IT", "44.493810", "11.338750"),
    ("Porto", "PT", "41.149610", "-8.610990"),
    ("Valencia", "ES", "39.469750", "-0.377390"),
    ("Brno", "CZ", "49.195220", "16.607960"),
    ("Graz", "AT", "47.066670", "15.450000"),
    ("Cluj-Napoca", "RO", "46.766670", "23.600000"),
    ("Vilnius", "LT", "54.689160", "25.279800"),
    ("Riga", "LV", "56.946000", "24.105890"),
    ("Xi'an", "CN", "34.258330", "108.928610"),
    ("Zhenjiang", "CN", "32.210860", "119.455080"),
    ("Newcastle upon Tyne", "GB", "54.973280", "-1.613960"),
    ("Bergen", "NO", "60.392990", "5.324150"),
]
COUNTRIES = sorted({country for _, country, _, _ in CITIES} | {"NL", "US", "IN", "BR", "TR", "SY"})

THEMES = [
    ("energietransitie", "energy transition"),
    ("waterstof", "hydrogen"),
    ("gezond-ouder-worden", "healthy ageing"),
    ("slimme-stad", "smart city"),
    ("cultuur", "culture"),
    ("onderwijs", "education"),
    ("mobiliteit", "mobility"),
    ("digitalisering", "digitalisation"),
    ("klimaatadaptatie", "climate adaptation"),
    ("talent", "talent attraction"),
]


def _city(n: int) -> tuple[str, str, Decimal, Decimal]:
    name, country, latitude, longitude = CITIES[n % len(CITIES)]
    round_ = n // len(CITIES)
    return (
        f"{name} {round_ + 1}" if round_ else name,
        country,
        Decimal(latitude),
        Decimal(longitude),
    )


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Place

    name = factory.Sequence(lambda n: _city(n)[0])
    country = factory.Sequence(lambda n: _city(n)[1])
    latitude = factory.Sequence(lambda n: _city(n)[2])
    longitude = factory.Sequence(lambda n: _city(n)[3])
    origin = PlaceOrigin.MANUAL

    class Params:
        without_coordinates = factory.Trait(latitude=None, longitude=None)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.LazyFunction(lambda: unique(fake.company()))
    kind = factory.Iterator(OrganisationKind.values)
    country = factory.Iterator(COUNTRIES)
    website = factory.LazyAttribute(lambda o: f"https://www.{slugify(o.name)}.example")


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Faker("name", locale="nl_NL")
    organisation = factory.SubFactory(OrganisationFactory)
    role = factory.Faker("job")
    email = factory.Faker("email")
    lawful_basis = "legitimate interest: business contact of the international office"


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    slug = factory.Sequence(lambda n: unique(THEMES[n % len(THEMES)][0], "-"))
    name_nl = factory.LazyAttribute(lambda o: o.slug.replace("-", " "))
    name_en = factory.Sequence(lambda n: THEMES[n % len(THEMES)][1])
    parent = None


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    title = factory.LazyFunction(lambda: unique(f"Monitor {fake.catch_phrase()}"))
    publisher = factory.LazyFunction(lambda: f"Gemeente {fake.city()}")
    kind = SourceKind.DOCUMENT
    published = factory.Iterator(["2018", "2019", "2020", "2021"])
    url = factory.LazyAttribute(
        lambda o: f"https://data.example.org/{o.title.lower().replace(' ', '-')}"
    )


class PolicyPeriodFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PolicyPeriod

    start = date(2017, 1, 1)
    end = date(2020, 12, 31)
    slug = factory.LazyAttribute(lambda o: unique(f"{o.start.year}-{o.end.year}", "-"))
    title_nl = factory.LazyAttribute(
        lambda o: f"Internationaliseringsbeleid {o.start.year}-{o.end.year}"
    )
    title_en = factory.LazyAttribute(
        lambda o: f"Internationalisation policy {o.start.year}-{o.end.year}"
    )
    baseline_start = None


class MissionStatementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MissionStatement

    period = factory.SubFactory(PolicyPeriodFactory)
    order = factory.Sequence(lambda n: n + 1)
    text_nl = "De stad is een aantrekkelijke plek voor internationaal talent."
    text_en = "The city is an attractive place for international talent."


class PolicyLineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PolicyLine

    period = factory.SubFactory(PolicyPeriodFactory)
    kind = PolicyLineKind.OTHER
    order = factory.Sequence(lambda n: n + 1)
    name_nl = factory.LazyAttribute(lambda o: f"Beleidslijn {o.kind}")
    name_en = factory.LazyAttribute(lambda o: f"Policy line {o.kind}")
    goals_en = "Strengthen the city's position abroad."
