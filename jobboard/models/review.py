"""Organizers' classification decisions (issue #33): rules kept as data beside the taxonomy,
and the review of single jobs that the review queue records."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel

from jobboard.models.agencies import Agency
from jobboard.models.jobs import Job
from jobboard.models.taxonomy import RoleFamily, SeniorityLevel


class ClassificationRuleQuerySet(models.QuerySet):
    def for_classifier(self) -> ClassificationRuleQuerySet:
        """The rules in the order the classifier tries them: the oldest first."""
        return self.select_related("employer", "role_family", "seniority").order_by("pk")


class ClassificationRule(models.Model):
    """A decision the classifier reapplies at every ingest: a job whose title has ``phrase``, or
    whose title or category has ``class_code``, at ``employer`` when one is set, gets
    ``role_family`` (none: not technology) and ``seniority`` (none: the classifier's own)."""

    phrase = models.CharField(
        max_length=120,
        blank=True,
        help_text="Words in a job title, matched as whole words in any case.",
    )
    class_code = models.CharField(
        max_length=60,
        blank=True,
        help_text="An employer's class code or class title, in the title or the category.",
    )
    employer = models.ForeignKey(
        Agency,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="classification_rules",
        help_text="Only this employer's jobs; blank for every employer.",
    )
    role_family = models.ForeignKey(
        RoleFamily,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Blank means the jobs are not technology jobs.",
    )
    seniority = models.ForeignKey(
        SeniorityLevel,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Blank leaves the seniority to the classifier.",
    )
    note = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ClassificationRuleQuerySet.as_manager()

    panels = [
        FieldPanel("phrase"),
        FieldPanel("class_code"),
        FieldPanel("employer"),
        FieldPanel("role_family"),
        FieldPanel("seniority"),
        FieldPanel("note"),
    ]

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        matched = self.phrase or self.class_code
        target = self.role_family.name if self.role_family_id else "not technology"
        return f"“{matched}” → {target}"

    def clean(self) -> None:
        if not (self.phrase.strip() or self.class_code.strip()):
            raise ValidationError("Give the words of a title or a class code to match.")
        if self.seniority_id and not self.role_family_id:
            raise ValidationError("A job that is not technology has no seniority: clear it.")


class ReviewDecision(models.TextChoices):
    ASSIGNED = "assigned", "Family and seniority assigned"
    NOT_TECHNOLOGY = "not-technology", "Confirmed not technology"
    CONFIRMED = "confirmed", "Classification confirmed"


class ClassificationReview(models.Model):
    """An organizer's decision on one job, which takes it off the review queue. It holds until
    the listing changes at its source (ingest then classifies it again); a rule keeps it."""

    job = models.OneToOneField(Job, on_delete=models.CASCADE, related_name="classification_review")
    decision = models.CharField(max_length=20, choices=ReviewDecision.choices)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.job_id}: {self.get_decision_display()}"
