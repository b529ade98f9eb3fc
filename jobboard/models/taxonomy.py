"""The taxonomy every part speaks (docs/architecture.md, "Taxonomy"): role families and the
seniority ladder.

Slugs are a contract (URLs, API filters, the classifier's output) and are seeded by a migration;
names, descriptions, signals and order are editable by organizers in the Wagtail admin.
"""

from __future__ import annotations

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class TaxonomyTermQuerySet(models.QuerySet):
    """Reads shared by both taxonomies."""

    def ordered(self) -> TaxonomyTermQuerySet:
        """Terms in the order organizers chose (then by name)."""
        return self.order_by("order", "name")


class TaxonomyTerm(index.Indexed, models.Model):
    """A term of a fixed vocabulary with a stable slug and editable wording."""

    slug = models.SlugField(
        unique=True,
        max_length=60,
        help_text="Stable identifier used in URLs and the API. Do not change it once in use.",
    )
    name = models.CharField(max_length=120)
    description = models.TextField(blank=True, help_text="Plain-language explanation for readers.")
    signals = models.TextField(
        blank=True,
        help_text="Words and codes in a job title that point to this term, one per line.",
    )
    order = models.PositiveSmallIntegerField(default=0)

    objects = TaxonomyTermQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug", read_only=True),
        FieldPanel("description"),
        FieldPanel("signals"),
        FieldPanel("order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name

    def signal_list(self) -> list[str]:
        """The signals as a list, blanks dropped."""
        return [line.strip() for line in self.signals.splitlines() if line.strip()]


class RoleFamily(TaxonomyTerm):
    """A family of technology roles, such as Software Engineering or Cybersecurity & Privacy."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = "role family"
        verbose_name_plural = "role families"


class SeniorityLevel(TaxonomyTerm):
    """A rung of the seniority ladder, from intern to executive."""

    federal_grades = models.CharField(
        max_length=120, blank=True, help_text="Federal grades at this level, e.g. GS-12, GS-13."
    )

    panels = [*TaxonomyTerm.panels, FieldPanel("federal_grades")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = "seniority level"
        verbose_name_plural = "seniority levels"
