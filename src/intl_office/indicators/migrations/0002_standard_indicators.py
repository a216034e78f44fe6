from django.db import migrations

# The indicators every office has, each computed from records (see indicators/derivations.py).
# Kept here as they were when this migration was written; later changes need a migration of
# their own.
STANDARD_INDICATORS = [
    # code, names, unit, policy line, derivation, order
    {
        "code": "ambassadors-received",
        "name_nl": "Buitenlandse ambassadeurs ontvangen",
        "name_en": "Foreign ambassadors received",
        "unit": "count",
        "policy_line_kind": "other",
        "derivation": "activities.kind.ambassador_received",
        "order": 10,
    },
    {
        "code": "delegations-received",
        "name_nl": "Buitenlandse delegaties en vertegenwoordigers ontvangen",
        "name_en": "Foreign delegations and representatives received",
        "unit": "count",
        "policy_line_kind": "other",
        "derivation": "activities.kind.delegation_received",
        "order": 11,
    },
    {
        "code": "activities-abroad",
        "name_nl": "Internationale activiteiten in het buitenland",
        "name_en": "International activities abroad",
        "unit": "count",
        "policy_line_kind": "other",
        "derivation": "activities.kind.activity_abroad",
        "order": 12,
    },
    {
        "code": "official-visits-abroad",
        "name_nl": "Officiële bezoeken aan het buitenland",
        "name_en": "Official visits abroad",
        "unit": "count",
        "policy_line_kind": "other",
        "derivation": "activities.kind.official_visit_abroad",
        "order": 13,
    },
    {
        "code": "activities-at-home",
        "name_nl": "Internationale activiteiten in Nederland",
        "name_en": "International activities at home",
        "unit": "count",
        "policy_line_kind": "other",
        "derivation": "activities.kind.at_home",
        "order": 14,
    },
    {
        "code": "activities-cancelled",
        "name_nl": "Geannuleerde activiteiten",
        "name_en": "Activities cancelled",
        "unit": "count",
        "policy_line_kind": "other",
        "derivation": "activities.cancelled",
        "order": 15,
    },
    {
        "code": "activities-digital",
        "name_nl": "Activiteiten digitaal of hybride gehouden",
        "name_en": "Activities held online or hybrid",
        "unit": "count",
        "policy_line_kind": "other",
        "derivation": "activities.digital",
        "order": 16,
    },
    {
        "code": "trade-missions",
        "name_nl": "Handelsmissies",
        "name_en": "Trade missions",
        "unit": "count",
        "policy_line_kind": "trade",
        "derivation": "activities.kind.trade_mission",
        "order": 20,
    },
    {
        "code": "desk-interactions",
        "name_nl": "Interacties van de welkomstbalie (bezoek, telefoon, e-mail)",
        "name_en": "Welcome desk interactions (visits, phone, e-mail)",
        "unit": "count",
        "policy_line_kind": "welcome",
        "derivation": "welcome_desk.contacts",
        "order": 30,
    },
    {
        "code": "desk-formalities",
        "name_nl": "Afgehandelde formaliteiten (IND- en BRP-procedures)",
        "name_en": "Formalities handled (IND and BRP procedures)",
        "unit": "count",
        "policy_line_kind": "welcome",
        "derivation": "welcome_desk.formalities",
        "order": 31,
    },
    {
        "code": "client-organisations",
        "name_nl": "Klantorganisaties",
        "name_en": "Client organisations",
        "unit": "count",
        "policy_line_kind": "welcome",
        "derivation": "welcome_desk.client_organisations",
        "order": 32,
    },
    {
        "code": "nationalities-served",
        "name_nl": "Nationaliteiten geholpen",
        "name_en": "Nationalities served",
        "unit": "count",
        "policy_line_kind": "welcome",
        "derivation": "welcome_desk.nationalities",
        "order": 33,
    },
    {
        "code": "very-satisfied-share",
        "name_nl": "Klanten zeer tevreden",
        "name_en": "Customers very satisfied",
        "unit": "percent",
        "policy_line_kind": "welcome",
        "derivation": "welcome_desk.very_satisfied_share",
        "order": 34,
    },
    {
        "code": "eu-projects",
        "name_nl": "Europese projecten",
        "name_en": "EU projects",
        "unit": "count",
        "policy_line_kind": "europe",
        "derivation": "eu_projects.count",
        "order": 40,
    },
    {
        "code": "relations-active",
        "name_nl": "Actieve relaties",
        "name_en": "Active relations",
        "unit": "count",
        "policy_line_kind": "relations",
        "derivation": "relations.active",
        "order": 50,
    },
]


def create(apps, schema_editor):
    Indicator = apps.get_model("indicators", "Indicator")
    for spec in STANDARD_INDICATORS:
        values = dict(spec)
        code = values.pop("code")
        Indicator.objects.get_or_create(code=code, defaults=values)


def remove(apps, schema_editor):
    Indicator = apps.get_model("indicators", "Indicator")
    Indicator.objects.filter(
        code__in=[spec["code"] for spec in STANDARD_INDICATORS],
        observations__isnull=True,
        targets__isnull=True,
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("indicators", "0001_initial")]
    operations = [migrations.RunPython(create, remove)]
