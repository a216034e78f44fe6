from django.db import models
from django.utils.translation import gettext_lazy as _


class Unit(models.TextChoices):
    COUNT = "count", _("number")
    PERCENT = "percent", _("percentage")
    RANK = "rank", _("rank")
    EURO = "euro", _("euro")


class PeriodKind(models.TextChoices):
    YEAR = "year", _("calendar year")
    ACADEMIC_YEAR = "academic_year", _("academic year")
    RANGE = "range", _("period")
    DATE = "date", _("on a date")


class Qualifier(models.TextChoices):
    EXACT = "exact", _("exactly")
    MORE_THAN = "more_than", _("more than")
    AT_LEAST = "at_least", _("at least")
    LESS_THAN = "less_than", _("less than")
    AT_MOST = "at_most", _("at most")
    ABOUT = "about", _("about")


class Provenance(models.TextChoices):
    REPORTED = "reported", _("reported")
    DERIVED = "derived", _("derived from records")
