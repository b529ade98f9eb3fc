"""The registration form (no account: a name and an address), and the form that changes a
registration from its signed link. Access needs are asked plainly and shown only to
organizers; a field hidden from people catches bots."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from gatherings.choices import AccessNeed, Attendance, EventLanguage, Who
from jobboard.models import GovernmentLevel, RoleFamily
from search.documents import facet_labels


class RoleFamilyChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: RoleFamily) -> str:
        return facet_labels("role_family", [obj.slug]).get(obj.slug, obj.name)


class RoleFamilyChoice(forms.ModelChoiceField):
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
    confidence = forms.TypedChoiceField(
        label=_(
            "How confident are you of finding technology work in public service? "
            "1: not at all, 5: very (optional)"
        ),
        choices=[(str(n), str(n)) for n in range(1, 6)],
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
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


class LocalDateTimeField(forms.DateTimeField):
    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class ProposalForm(forms.Form):
    """A community gathering anyone may propose; moderators review it before it is listed."""

    title = forms.CharField(label=_("Name of the gathering"), max_length=160)
    summary = forms.CharField(
        label=_("What it is, in one or two sentences"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    start = LocalDateTimeField(label=_("Starts (Los Angeles time)"))
    end = LocalDateTimeField(label=_("Ends (Los Angeles time)"))
    attendance = forms.ChoiceField(label=_("How people take part"), choices=Attendance.choices)
    venue = forms.CharField(label=_("Venue"), max_length=160, required=False)
    address = forms.CharField(label=_("Address"), max_length=300, required=False)
    language = forms.ChoiceField(label=_("Language"), choices=EventLanguage.choices)
    capacity = forms.IntegerField(
        label=_("Seats (leave empty for no limit)"), min_value=1, max_value=5000, required=False
    )
    organizer_name = forms.CharField(label=_("Your name"), max_length=120)
    organizer_email = forms.EmailField(
        label=_("Your email address (not published)"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    # A field people never see (hidden by CSS and from assistive technology); bots fill it.
    fax_number = forms.CharField(
        required=False,
        label=_("Leave this empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_fax_number(self) -> str:
        if self.cleaned_data.get("fax_number"):
            raise forms.ValidationError(_("This proposal could not be accepted."))
        return ""

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end <= start:
            self.add_error("end", _("The event ends before it starts."))
        if data.get("attendance") != Attendance.ONLINE and not (
            data.get("venue") and data.get("address")
        ):
            self.add_error(
                "venue", _("An event people attend in person needs a venue and an address.")
            )
        return data


class SurveyForm(forms.Form):
    """The follow-up survey: confidence now, and a new job, where and in which role."""

    confidence = forms.TypedChoiceField(
        label=_(
            "How confident are you of finding technology work in public service? "
            "1: not at all, 5: very"
        ),
        choices=[(str(n), str(n)) for n in range(1, 6)],
        coerce=int,
        empty_value=None,
        required=True,
        widget=forms.RadioSelect,
    )
    new_job = forms.TypedChoiceField(
        label=_("Have you started a new job since the event?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    government_level = forms.ChoiceField(
        label=_("If so, at which level of government? (optional)"),
        choices=[("", "—"), *GovernmentLevel.choices],
        required=False,
    )
    role_family = RoleFamilyChoice(
        label=_("In which role? (optional)"),
        queryset=RoleFamily.objects.ordered(),
        required=False,
    )
