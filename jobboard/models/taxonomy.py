"""The taxonomy every part speaks (docs/architecture.md, "Taxonomy"): role families and the
seniority ladder.

Slugs are a contract (URLs, API filters, the classifier's output) and are seeded by a migration;
names, descriptions, signals and order are editable by organizers in the Wagtail admin.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.search import index


class TaxonomyTermQuerySet(models.QuerySet):
    """Reads shared by both taxonomies."""

    def ordered(self) -> TaxonomyTermQuerySet:
        """Terms in the order organizers chose (then by name)."""
        return self.order_by("order", "name")


def other_languages() -> list[tuple[str, str]]:
    """The interface's languages but the default one (settings.LANGUAGES): a term's name in
    the default language is its own ``name``."""
    default = settings.LANGUAGE_CODE.split("-")[0]
    return [(code, name) for code, name in settings.LANGUAGES if code != default]


class TaxonomyTerm(index.Indexed, ClusterableModel):
    """A term of a fixed vocabulary with a stable slug and editable wording, in the default
    language and (``translations``) in the site's other languages."""

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
        InlinePanel("translations", heading="In other languages", label="Language"),
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


class TermTranslation(models.Model):
    """A taxonomy term's wording in another of the site's languages (organizers edit it with
    the term; a language with none shows the default wording)."""

    language = models.CharField(max_length=10, choices=other_languages)
    name = models.CharField(max_length=120)
    description = models.TextField(blank=True)

    panels = [FieldPanel("language"), FieldPanel("name"), FieldPanel("description")]

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.name} ({self.language})"


class RoleFamilyTranslation(TermTranslation):
    term = ParentalKey(RoleFamily, on_delete=models.CASCADE, related_name="translations")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["term", "language"], name="role_family_language")
        ]


class SeniorityLevelTranslation(TermTranslation):
    term = ParentalKey(SeniorityLevel, on_delete=models.CASCADE, related_name="translations")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["term", "language"], name="seniority_level_language")
        ]
