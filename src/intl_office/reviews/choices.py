from django.db import models
from django.utils.translation import gettext_lazy as _


class Section(models.TextChoices):
    INTRODUCTION = "introduction", _("introduction")
    LINE = "line", _("policy line chapter")
    OVERVIEW = "overview", _("overview of activities")
    CLOSING = "closing", _("closing")
