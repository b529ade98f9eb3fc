"""Employers: government agencies, nonprofits and civic-tech companies."""

from __future__ import annotations

import re

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from jobboard.models.choices import GovernmentLevel

_NOISE = re.compile(r"[^a-z0-9]+")


def agency_key(name: str) -> str:
    """A comparison key for agency names: case, punctuation and spacing folded, '&' as 'and',
    and the common abbreviations spelled out, so aliases match however they are typed."""
    text = name.lower().replace("&", " and ")
    text = re.sub(r"\bdept\b\.?", "department", text)
    text = re.sub(r"\bco\b\.?", "county", text)
    text = re.sub(r"\bl\.?\s?a\.?\b", "los angeles", text)
    return _NOISE.sub(" ", text).strip()


class Agency(index.Indexed, models.Model):
    """One employer under its canonical name; ``aliases`` lists the other names sources use."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    level = models.CharField(
        "level of government", max_length=20, choices=GovernmentLevel.choices, blank=True
    )
    aliases = models.TextField(blank=True, help_text="Other names for this employer, one per line.")
    website = models.URLField(blank=True)

    panels = [FieldPanel("name"), FieldPanel("level"), FieldPanel("aliases"), FieldPanel("website")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "agencies"

    def __str__(self) -> str:
        return self.name

    def alias_list(self) -> list[str]:
        """The aliases as a list, blanks dropped."""
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]
