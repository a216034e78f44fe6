"""Writes on the welcome desk's records."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from intl_office.core.models import Organisation
from intl_office.core.services import record_save, validate_country
from intl_office.welcome_desk.choices import Topic
from intl_office.welcome_desk.models import DeskContact, DeskContactTopic


@transaction.atomic
def desk_contact_record(
    *,
    occurred_at: datetime,
    channel: str,
    topics: list[str],
    nationality: str = "",
    customer_type: str = "",
    client_organisation: Organisation | None = None,
    language: str = "",
    handled_by: Any = None,
) -> DeskContact:
    """Record one anonymous contact with its topics."""
    validate_country(nationality, field="nationality")
    unknown = set(topics) - set(Topic.values)
    if unknown:
        raise ValidationError(
            {"topics": _("Unknown topic: %(topics)s.") % {"topics": ", ".join(sorted(unknown))}}
        )
    contact = record_save(
        DeskContact(
            occurred_at=occurred_at,
            channel=channel,
            nationality=nationality,
            customer_type=customer_type,
            client_organisation=client_organisation,
            language=language,
            handled_by=handled_by,
        )
    )
    for topic in sorted(set(topics)):
        record_save(DeskContactTopic(contact=contact, topic=topic))
    return contact


@transaction.atomic
def desk_contact_update(*, contact: DeskContact, topics: list[str], **values: Any) -> DeskContact:
    """Correct a recorded contact: its fields and its topics."""
    validate_country(values.get("nationality", contact.nationality), field="nationality")
    unknown = set(topics) - set(Topic.values)
    if unknown:
        raise ValidationError(
            {"topics": _("Unknown topic: %(topics)s.") % {"topics": ", ".join(sorted(unknown))}}
        )
    for name, value in values.items():
        setattr(contact, name, value)
    record_save(contact)
    current = {t.topic: t for t in contact.topics.all()}
    for topic, row in current.items():
        if topic not in topics:
            row.delete()
    for topic in sorted(set(topics) - set(current)):
        record_save(DeskContactTopic(contact=contact, topic=topic))
    return contact
