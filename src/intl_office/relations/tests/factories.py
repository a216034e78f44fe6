from __future__ import annotations

from datetime import date

import factory

from intl_office.core.tests.factories import PlaceFactory
from intl_office.relations.choices import AgreementKind, RelationKind, RelationStatus
from intl_office.relations.models import Agreement, Relation, RelationStatusChange


class RelationFactory(factory.django.DjangoModelFactory):
    """An active sister-city bond with a place abroad."""

    class Meta:
        model = Relation

    counterpart_place = factory.SubFactory(PlaceFactory)
    slug = factory.Sequence(lambda n: f"relation-{n}")
    name_nl = factory.LazyAttribute(lambda o: f"Stedenband met {o.counterpart_place.name}")
    name_en = factory.LazyAttribute(lambda o: f"Sister city {o.counterpart_place.name}")
    kind = RelationKind.SISTER_CITY
    status = RelationStatus.ACTIVE
    since = date(2006, 1, 1)
    description_en = "Exchanges of schools, culture and business."


class RelationStatusChangeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RelationStatusChange

    relation = factory.SubFactory(RelationFactory)
    date = date(2018, 3, 1)
    from_status = RelationStatus.EXPLORING
    to_status = RelationStatus.ACTIVE


class AgreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agreement

    relation = factory.SubFactory(RelationFactory)
    kind = AgreementKind.LETTER_OF_INTENT
    title_nl = factory.LazyAttribute(lambda o: f"Intentieverklaring {o.relation.name_nl}")
    title_en = factory.LazyAttribute(lambda o: f"Letter of intent {o.relation.name_en}")
    signed_on = date(2018, 6, 12)
    signatories = "Mayor of both cities"
