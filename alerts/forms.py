"""The sign-up form: an address, how often, and the search (the /jobs/ URL's parameters)."""

from __future__ import annotations

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from alerts.models import Frequency
from search.query import InvalidQuery, JobQuery


class AlertForm(forms.Form):
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    frequency = forms.ChoiceField(
        label=_("How often"), choices=Frequency.choices, initial=Frequency.DAILY
    )
    query = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)

    def clean_query(self) -> JobQuery:
        try:
            return JobQuery.from_params(QueryDict(self.cleaned_data["query"]))
        except InvalidQuery as invalid:
            raise forms.ValidationError(
                gettext("This search cannot be saved: %(reason)s") % {"reason": invalid}
            ) from None


class FrequencyForm(forms.Form):
    frequency = forms.ChoiceField(label=_("How often"), choices=Frequency.choices)
