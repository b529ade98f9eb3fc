"""The structured parts of a pathway guide, edited inline on the guide: the career ladder,
training resources and the sources the guide is based on. Orderables, so organizers can
reorder rows and every row has labelled fields instead of free text."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable


class GuideLevel(Orderable):
    """One rung of a role's career ladder, with the titles and pay at that level."""

    page = ParentalKey("cms.PathwayGuidePage", on_delete=models.CASCADE, related_name="levels")
    seniority = models.ForeignKey(
        "jobboard.SeniorityLevel",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    example_titles = models.CharField(
        max_length=300,
        help_text=_("Titles you will see in postings at this level, separated by semicolons."),
    )
    federal_grades = models.CharField(max_length=80, blank=True, help_text=_("e.g. GS-9 to GS-11"))
    state_local_classes = models.CharField(
        max_length=300,
        blank=True,
        help_text=_(
            "State, county and city classifications at this level, separated by semicolons."
        ),
    )
    pay_min = models.PositiveIntegerField(null=True, blank=True, help_text=_("Annual USD, in LA."))
    pay_max = models.PositiveIntegerField(null=True, blank=True, help_text=_("Annual USD, in LA."))
    what_changes = models.TextField(
        blank=True, help_text=_("What people at this level are trusted with, in a sentence or two.")
    )

    panels = [
        FieldPanel("seniority"),
        FieldPanel("example_titles"),
        FieldRowPanel([FieldPanel("federal_grades"), FieldPanel("state_local_classes")]),
        FieldRowPanel([FieldPanel("pay_min"), FieldPanel("pay_max")]),
        FieldPanel("what_changes"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("career level")

    def clean(self) -> None:
        if self.pay_min and self.pay_max and self.pay_min > self.pay_max:
            raise ValidationError({"pay_max": _("The top of the pay range is below its bottom.")})

    def title_list(self) -> list[str]:
        return _split(self.example_titles)

    def class_list(self) -> list[str]:
        return _split(self.state_local_classes)


class GuideResource(Orderable):
    """A course, certification, program or community that helps people into the role."""

    KINDS = [
        ("course", _("Course")),
        ("certification", _("Certification")),
        ("program", _("Program or fellowship")),
        ("community", _("Community")),
        ("reading", _("Reading")),
    ]
    COSTS = [("free", _("Free")), ("low", _("Low cost")), ("paid", _("Paid"))]

    page = ParentalKey("cms.PathwayGuidePage", on_delete=models.CASCADE, related_name="resources")
    title = models.CharField(max_length=160)
    url = models.URLField()
    provider = models.CharField(max_length=120, blank=True)
    kind = models.CharField(max_length=20, choices=KINDS, default="course")
    cost = models.CharField(max_length=10, choices=COSTS, default="free")
    description = models.CharField(max_length=300, blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("url"),
        FieldRowPanel([FieldPanel("provider"), FieldPanel("kind"), FieldPanel("cost")]),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("training resource")


class GuideSource(Orderable):
    """A source the guide's facts come from, so readers can check them."""

    page = ParentalKey("cms.PathwayGuidePage", on_delete=models.CASCADE, related_name="sources")
    title = models.CharField(max_length=200)
    url = models.URLField()
    publisher = models.CharField(max_length=120, blank=True)

    panels = [FieldPanel("title"), FieldPanel("url"), FieldPanel("publisher")]

    class Meta(Orderable.Meta):
        verbose_name = _("source")


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]
