"""The classification review queue in the Wagtail admin (/admin/classification/): the jobs of
``ingest.review.build_queue`` with their signals and the classifier's reasons, and one form per
job to assign a family and seniority, confirm "not technology" or confirm the classification,
optionally kept as a rule. Decisions go through ``jobboard.services.review_classification``."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from ingest.classifier import Classifier
from ingest.review import build_queue
from jobboard.models import ClassificationRule, Job, ReviewDecision, RoleFamily, SeniorityLevel
from jobboard.services import review_classification

PERMISSION = "jobboard.add_classificationrule"
SHOWN = 50  # jobs shown on each list; the counts say how many there are


def require_permission(request: HttpRequest) -> None:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(choices=ReviewDecision.choices)
    role_family = forms.ModelChoiceField(
        RoleFamily.objects.ordered(), required=False, label="Role family"
    )
    seniority = forms.ModelChoiceField(
        SeniorityLevel.objects.ordered(), required=False, label="Seniority"
    )
    make_rule = forms.BooleanField(required=False, label="Keep as a rule for future jobs")
    phrase = forms.CharField(required=False, max_length=120, label="Title words")
    class_code = forms.CharField(required=False, max_length=60, label="Class code")
    this_employer_only = forms.BooleanField(
        required=False, initial=True, label="Only this employer's jobs"
    )

    def clean(self):
        data = super().clean()
        assigned = data.get("decision") == ReviewDecision.ASSIGNED
        if assigned and not (data.get("role_family") and data.get("seniority")):
            raise forms.ValidationError("Choose both a role family and a seniority.")
        if data.get("make_rule") and not (data.get("phrase") or data.get("class_code")):
            raise forms.ValidationError("Give the title words or the class code the rule matches.")
        return data


def form_for(job: Job, data=None) -> ReviewForm:
    """A job's form, its fields named after the job so that every label is unique on the page."""
    initial = {
        "role_family": job.role_family_id,
        "seniority": job.seniority_id,
        "phrase": job.title,
    }
    return ReviewForm(data, prefix=f"job-{job.pk}", initial=initial)


def queue(request: HttpRequest) -> HttpResponse:
    """/admin/classification/: jobs left out with technology signals, strongest first, and jobs
    included on weak evidence."""
    require_permission(request)
    built = build_queue(Classifier.from_database())
    context = {
        "left_out": [(entry, form_for(entry.job)) for entry in built.left_out[:SHOWN]],
        "left_out_count": len(built.left_out),
        "weak": [(entry, form_for(entry.job)) for entry in built.weak[:SHOWN]],
        "weak_count": len(built.weak),
        "rules": ClassificationRule.objects.for_classifier(),
    }
    return render(request, "ingest/review/queue.html", context)


@require_POST
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    """POST /admin/classification/<job id>/: an organizer's decision on one job."""
    require_permission(request)
    job = get_object_or_404(Job.objects.select_related("agency"), pk=pk)
    form = form_for(job, request.POST)
    if not form.is_valid():
        messages.error(request, f"“{job.title}”: " + " ".join(form.errors.get("__all__", [])))
        return redirect("classification_review:queue")
    data = form.cleaned_data
    decision = ReviewDecision(data["decision"])
    review_classification(
        job=job,
        decision=decision,
        role_family=data["role_family"],
        seniority=data["seniority"],
        by=request.user,
    )
    if data["make_rule"]:
        ClassificationRule.objects.create(
            phrase=data["phrase"].strip(),
            class_code=data["class_code"].strip(),
            employer=job.agency if data["this_employer_only"] else None,
            role_family=job.role_family,
            seniority=job.seniority,
            note=f"From the review of job {job.pk}.",
        )
    kept = " and kept as a rule" if data["make_rule"] else ""
    messages.success(request, f"“{job.title}”: {decision.label.lower()}{kept}.")
    return redirect("classification_review:queue")
