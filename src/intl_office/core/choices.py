"""Choices shared by the apps."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Language(models.TextChoices):
    NL = "nl", _("Dutch")
    EN = "en", _("English")


class DatePrecision(models.TextChoices):
    """How much of a stored date is known. The stored date is the first day of what is known."""

    DAY = "day", _("day")
    MONTH = "month", _("month")
    SPRING = "spring", _("spring")
    SUMMER = "summer", _("summer")
    AUTUMN = "autumn", _("autumn")
    WINTER = "winter", _("winter")
    YEAR = "year", _("year")


class OrganisationKind(models.TextChoices):
    GOVERNMENT = "government", _("municipality or other government")
    KNOWLEDGE = "knowledge", _("knowledge institution")
    HOSPITAL = "hospital", _("hospital")
    COMPANY = "company", _("company")
    NETWORK = "network", _("network")
    DIPLOMATIC = "diplomatic", _("diplomatic mission")
    EU_BODY = "eu_body", _("EU body")
    FOUNDATION = "foundation", _("foundation or NGO")
    SCHOOL = "school", _("school")
    OTHER = "other", _("other")


class PolicyLineKind(models.TextChoices):
    WELCOME = "welcome", _("welcoming internationals")
    RELATIONS = "relations", _("international relations")
    EUROPE = "europe", _("working in Europe")
    TRADE = "trade", _("international trade")
    OTHER = "other", _("other")


class SourceKind(models.TextChoices):
    DOCUMENT = "document", _("document")
    DATASET = "dataset", _("dataset")
    WEBSITE = "website", _("website")
    SURVEY = "survey", _("survey")
    RECORDS = "records", _("own records")


class PlaceOrigin(models.TextChoices):
    GAZETTEER = "gazetteer", _("offline gazetteer (GeoNames)")
    MANUAL = "manual", _("entered by hand")
