"""The registration form (no account: a name and an address), and the form that changes a
registration from its signed link. Access needs are asked plainly and shown only to
organizers; a field hidden from people catches bots."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from gatherings.choices import AccessNeed, Who
from jobboard.models import RoleFamily
from search.documents import facet_labels


class RoleFamilyChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: RoleFamily) -> str:
        return facet_labels("role_family", [obj.slug]).get(obj.slug, obj.name)


class DetailsForm(forms.Form):
    """What a person tells the organizers about themselves, at sign-up or later."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    who = forms.ChoiceField(
        label=_("Who are you? (optional)"),
        choices=Who.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    role_families = RoleFamilyChoices(
        label=_("Roles you care about (optional)"),
        queryset=RoleFamily.objects.ordered(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    access_needs = forms.MultipleChoiceField(
        label=_("Access needs (optional; only the organizers see them)"),
        choices=AccessNeed.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    access_notes = forms.CharField(
        label=_("Anything else we should arrange for you?"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    language = forms.ChoiceField(label=_("Emails in"), choices=settings.LANGUAGES)
    follow_up = forms.BooleanField(
        label=_("You may email me a short survey after the event."), required=False
    )


class RegistrationForm(DetailsForm):
    """A new registration: the details and an address."""

    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    # A field people never see (hidden by CSS and from assistive technology); bots fill it.
    fax_number = forms.CharField(
        required=False,
        label=_("Leave this empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    field_order = ["name", "email"]

    def clean_fax_number(self) -> str:
        if self.cleaned_data.get("fax_number"):
            raise forms.ValidationError(_("This registration could not be accepted."))
        return ""
