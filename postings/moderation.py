"""The moderators' screens in the Wagtail admin: the queue of postings waiting for review, with
the classifier's suggestion and each posting's history, and the decision form. Every decision
goes through ``postings/services.py``."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from ingest.classifier import Classifier
from jobboard.models import Submission
from jobboard.services import IllegalTransition
from postings import services
from postings.forms import DecisionForm
from postings.services import StaleDecision

PERMISSION = "jobboard.moderate_submission"


def _require_permission(request: HttpRequest) -> None:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def queue(request: HttpRequest) -> HttpResponse:
    """/admin/postings/: pending postings, oldest first, and the latest decisions."""
    _require_permission(request)
    pending = Submission.objects.pending().select_related("role_family", "seniority", "owner")
    recent = Submission.objects.exclude(status__in=["draft", "pending"]).order_by("-updated_at")[
        :20
    ]
    return render(request, "postings/moderation/queue.html", {"pending": pending, "recent": recent})


def review(request: HttpRequest, pk: int) -> HttpResponse:
    """/admin/postings/<pk>/: the posting, the classifier's suggestion, history, decision."""
    _require_permission(request)
    posting = get_object_or_404(Submission.objects.select_related("owner", "job"), pk=pk)
    version = services.content_version(posting)
    form = DecisionForm(request.POST or None, initial={"version": version})
    if request.method == "POST" and form.is_valid():
        decision, comment = form.cleaned_data["decision"], form.cleaned_data["comment"]
        seen = form.cleaned_data["version"]
        try:
            if decision == "approve":
                services.approve(submission=posting, by=request.user, comment=comment, version=seen)
            elif decision == "request_changes":
                services.request_changes(
                    submission=posting, by=request.user, comment=comment, version=seen
                )
            else:
                services.reject(submission=posting, by=request.user, reason=comment, version=seen)
        except StaleDecision as exc:
            messages.error(request, str(exc))
            # The service read the posting again, so the page below shows the new version and
            # a decision now applies to it.
            form = DecisionForm(
                initial={
                    "version": services.content_version(posting),
                    "decision": decision,
                    "comment": comment,
                }
            )
        except IllegalTransition as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, f"“{posting.title}”: {posting.get_status_display().lower()}.")
            return redirect("postings_moderation:queue")
    suggestion = Classifier.from_database().classify(posting.title)
    context = {
        "posting": posting,
        "form": form,
        "suggestion": suggestion,
        "events": posting.events.select_related("actor"),
        "profile": getattr(posting.owner, "employer", None),
    }
    return render(request, "postings/moderation/review.html", context)
