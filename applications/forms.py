"""The list's forms: an address to sign in with, and a job's progress."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from applications.models import Progress
from applications.services import ProgressChange
from jobboard.models import GovernmentLevel, RoleFamily
from search.documents import facet_labels


class FamilyChoice(forms.ModelChoiceField):
    """Role families by their names in the active language."""

    def label_from_instance(self, obj: RoleFamily) -> str:
        return facet_labels("role_family", [obj.slug])[obj.slug]


class EmailForm(forms.Form):
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class ProgressForm(forms.Form):
    """One job's progress; the hired questions are optional and said to be."""

    progress = forms.ChoiceField(label=_("Where you are"), choices=Progress.choices)
    applied_on = forms.DateField(
        label=_("Applied on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    exam_on = forms.DateField(
        label=_("Exam date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    eligible_until = forms.DateField(
        label=_("On the eligible list until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    note = forms.CharField(
        label=_("Note"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )
    hired_level = forms.ChoiceField(
        label=_("Level of government (optional)"),
        required=False,
        choices=[("", _("Prefer not to say")), *GovernmentLevel.choices],
    )
    hired_family = FamilyChoice(
        label=_("Role family (optional)"),
        required=False,
        queryset=RoleFamily.objects.ordered(),
        empty_label=_("Prefer not to say"),
        to_field_name="slug",
    )

    def __init__(self, *args, prefix_id: str = "", **kwargs):
        kwargs.setdefault("auto_id", f"id_{prefix_id}_%s" if prefix_id else "id_%s")
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        if data.get("progress") == Progress.ELIGIBLE and not data.get("eligible_until"):
            self.add_error(
                "eligible_until", _("Give the date the eligible list ends, from your notice.")
            )
        if data.get("progress") == Progress.EXAM and not data.get("exam_on"):
            self.add_error("exam_on", _("Give the date of the exam."))
        return data

    def change(self) -> ProgressChange:
        return ProgressChange(**self.cleaned_data)
