from django.db import models
from django.utils.translation import gettext_lazy as _


class ProjectStatus(models.TextChoices):
    IDEA = "idea", _("idea")
    PREPARING = "preparing", _("preparing a proposal")
    SUBMITTED = "submitted", _("submitted")
    REJECTED = "rejected", _("rejected")
    GRANTED = "granted", _("granted")
    RUNNING = "running", _("running")
    CLOSED = "closed", _("closed")


class ProjectRole(models.TextChoices):
    LEAD = "lead", _("lead")
    PARTNER = "partner", _("partner")
    ASSOCIATED = "associated", _("associated partner")
    INVOLVED = "involved", _("involved")


class PartnerRole(models.TextChoices):
    COORDINATOR = "coordinator", _("coordinator")
    PARTNER = "partner", _("partner")
    ASSOCIATED = "associated", _("associated partner")
