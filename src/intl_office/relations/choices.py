from django.db import models
from django.utils.translation import gettext_lazy as _


class RelationKind(models.TextChoices):
    SISTER_CITY = "sister_city", _("sister city")
    PARTNERSHIP = "partnership", _("partnership (letter of intent or MoU)")
    ROADMAP = "roadmap", _("cooperation roadmap")
    NETWORK = "network", _("network membership")
    REPRESENTATION = "representation", _("representative office")
    EXCHANGE = "exchange", _("exchange or programme within a relation")
    INFORMAL = "informal", _("informal tie")


class RelationStatus(models.TextChoices):
    EXPLORING = "exploring", _("exploring")
    ACTIVE = "active", _("active")
    DORMANT = "dormant", _("dormant")
    SUSPENDED = "suspended", _("suspended")
    ENDED = "ended", _("ended")
    NOT_REALISED = "not_realised", _("not realised")


class AgreementKind(models.TextChoices):
    LETTER_OF_INTENT = "letter_of_intent", _("letter of intent")
    MOU = "mou", _("memorandum of understanding")
    CHARTER = "charter", _("charter")
    CONTRACT = "contract", _("contract")
