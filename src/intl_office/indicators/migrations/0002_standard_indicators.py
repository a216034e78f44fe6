from django.db import migrations

from intl_office.indicators.standard import STANDARD_INDICATORS


def create(apps, schema_editor):
    Indicator = apps.get_model("indicators", "Indicator")
    for spec in STANDARD_INDICATORS:
        values = dict(spec)
        code = values.pop("code")
        Indicator.objects.get_or_create(code=code, defaults=values)


def remove(apps, schema_editor):
    Indicator = apps.get_model("indicators", "Indicator")
    Indicator.objects.filter(
        code__in=[spec["code"] for spec in STANDARD_INDICATORS], observations__isnull=True, targets__isnull=True
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("indicators", "0001_initial")]
    operations = [migrations.RunPython(create, remove)]
