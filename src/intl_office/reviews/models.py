"""The editable text of a policy review. The review itself is built from records on demand."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from intl_office.core.choices import Language
from intl_office.core.models import AdminUrlMixin, PolicyLine, PolicyPeriod, TimeStampedModel
from intl_office.reviews.choices import Section


class Narrative(AdminUrlMixin, TimeStampedModel):
    """Editorial text of one section of a period's review, in one language."""

    period = models.ForeignKey(
        PolicyPeriod,
        verbose_name=_("policy period"),
        on_delete=models.CASCADE,
        related_name="narratives",
    )
    section = models.CharField(_("section"), max_length=20, choices=Section)
    policy_line = models.ForeignKey(
        PolicyLine,
        verbose_name=_("policy line"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="narratives",
    )
    language = models.CharField(_("language"), max_length=2, choices=Language)
    text = models.TextField(_("text"), help_text=_("Markdown."))

    class Meta:
        ordering = ["period", "section", "policy_line__order", "language"]
        verbose_name = _("review text")
        verbose_name_plural = _("review texts")
        permissions = [("generate_review", _("Can generate policy reviews"))]
        constraints = [
            models.UniqueConstraint(
                fields=["period", "policy_line", "language"],
                condition=Q(policy_line__isnull=False),
                name="reviews_narrative_unique_line",
            ),
            models.UniqueConstraint(
                fields=["period", "section", "language"],
                condition=Q(policy_line__isnull=True),
                name="reviews_narrative_unique_section",
            ),
            models.CheckConstraint(
                condition=Q(section="line", policy_line__isnull=False)
                | (~Q(section="line") & Q(policy_line__isnull=True)),
                name="reviews_narrative_line_iff_line_section",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.period} {self.get_section_display()} ({self.language})"
