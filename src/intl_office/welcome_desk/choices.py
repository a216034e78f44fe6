from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    """Channels of a contact (``kanaal`` in the Klantinteracties standard)."""

    VISIT = "visit", _("visit")
    PHONE = "phone", _("phone")
    EMAIL = "email", _("e-mail")
    CHAT = "chat", _("chat")
    VIDEO = "video", _("video call")
    OTHER = "other", _("other")


class Topic(models.TextChoices):
    """Subjects of a contact (``onderwerp``)."""

    RESIDENCE_PERMIT = "residence_permit", _("residence permit")
    BRP_REGISTRATION = "brp_registration", _("BRP registration")
    HOUSING = "housing", _("housing")
    TAX = "tax", _("tax")
    HEALTH_INSURANCE = "health_insurance", _("health insurance")
    JOBS = "jobs", _("jobs")
    EDUCATION = "education", _("education")
    FAMILY = "family", _("family")
    OTHER = "other", _("other")


class CustomerType(models.TextChoices):
    KNOWLEDGE_WORKER = "knowledge_worker", _("knowledge worker")
    STUDENT = "student", _("student")
    RESEARCHER = "researcher", _("researcher")
    PARTNER = "partner", _("partner or family member")
    ENTREPRENEUR = "entrepreneur", _("entrepreneur")
    EMPLOYER = "employer", _("employer")
    OTHER = "other", _("other")


class FormalityKind(models.TextChoices):
    IND_RESIDENCE_PERMIT = "ind_residence_permit", _("IND residence permit")
    BRP_REGISTRATION = "brp_registration", _("BRP registration")
    OTHER = "other", _("other")


class ServiceKind(models.TextChoices):
    PORTAL = "portal", _("information portal")
    EVENT = "event", _("event or festival")
    TOOL = "tool", _("tool")
    COMMUNITY = "community", _("community and meeting place")
