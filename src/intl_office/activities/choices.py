from django.db import models
from django.utils.translation import gettext_lazy as _


class ActivityKind(models.TextChoices):
    AMBASSADOR_RECEIVED = "ambassador_received", _("ambassador received")
    DELEGATION_RECEIVED = "delegation_received", _("delegation or representative received")
    ACTIVITY_ABROAD = "activity_abroad", _("activity abroad")
    OFFICIAL_VISIT_ABROAD = "official_visit_abroad", _("official visit abroad")
    AT_HOME = "at_home", _("international activity at home")
    TRADE_MISSION = "trade_mission", _("trade mission")
    EXCHANGE = "exchange", _("exchange")
    EXHIBITION = "exhibition", _("exhibition")
    INITIATIVE = "initiative", _("initiative or local project")
    AWARD = "award", _("award")
    JUBILEE = "jubilee", _("jubilee")


class Direction(models.TextChoices):
    INCOMING = "incoming", _("incoming")
    OUTGOING = "outgoing", _("outgoing")
    AT_HOME = "at_home", _("at home")


class ActivityFormat(models.TextChoices):
    IN_PERSON = "in_person", _("in person")
    DIGITAL = "digital", _("digital")
    HYBRID = "hybrid", _("hybrid")


class ActivityStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    HELD = "held", _("held")
    CANCELLED = "cancelled", _("cancelled")
    POSTPONED = "postponed", _("postponed")
