"""The short form of /from-federal/: what is on a person's SF-50, and optionally their duties.
The matcher's parser validates it (one wording for the page and the API)."""

from __future__ import annotations

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from pathways.matcher import MAX_GRADE, MAX_SERIES, MAX_TEXT, MAX_TITLE


class FederalPositionForm(forms.Form):
    series = forms.CharField(
        label=_("Occupational series"),
        required=False,
        max_length=MAX_SERIES,
        help_text=_(
            "The four-digit number in your position, such as 2210. Start typing a number "
            "or a name to see the list."
        ),
        widget=forms.TextInput(
            attrs={
                "list": "series-list",
                "inputmode": "numeric",
                "autocomplete": "off",
                "maxlength": MAX_SERIES,
            }
        ),
    )
    grade = forms.CharField(
        label=_("Grade"),
        required=False,
        max_length=MAX_GRADE,
        help_text=_("Such as 12, GS-12 or SES."),
        widget=forms.TextInput(attrs={"maxlength": MAX_GRADE, "autocomplete": "off"}),
    )
    title = forms.CharField(
        label=_("Position title"),
        required=False,
        help_text=_("As on your SF-50, such as IT Specialist (INFOSEC)."),
        widget=forms.TextInput(attrs={"maxlength": MAX_TITLE}),
    )
    text = forms.CharField(
        label=_("Your duties (optional)"),
        required=False,
        strip=False,
        help_text=format_lazy(
            _("A few lines from your resume or position description, at most {} characters."),
            f"{MAX_TEXT:,}",
        ),
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": MAX_TEXT}),
    )

    def position(self) -> dict[str, str]:
        """The inputs as the service takes them."""
        return {name: self.cleaned_data.get(name) or "" for name in self.fields}
