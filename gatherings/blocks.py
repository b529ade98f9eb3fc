"""The agenda's blocks: a session (when, where, what kind, who speaks, for which roles) and
its speakers."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from search.documents import facet_labels


class SessionKind:
    """The kinds of session an agenda holds (the value stored, the label readers see)."""

    CHOICES = [
        ("keynote", _("Keynote")),
        ("workshop", _("Workshop")),
        ("panel", _("Panel")),
        ("small-group", _("Small group")),
        ("networking", _("Networking")),
    ]


class SessionValue(blocks.StructValue):
    """A session as its template reads it: labels in the reader's language."""

    def kind_label(self) -> str:
        return str(dict(SessionKind.CHOICES).get(self["kind"], self["kind"]))

    def family_names(self) -> list[str]:
        families = [family for family in self.get("role_families") or [] if family is not None]
        names = facet_labels("role_family", [family.slug for family in families])
        return [names.get(family.slug, family.name) for family in families]


class SpeakerBlock(blocks.StructBlock):
    """A speaker or facilitator and a line or two about them."""

    name = blocks.CharBlock(max_length=120, label=_("Name"))
    bio = blocks.TextBlock(
        max_length=400, required=False, label=_("Short bio"), help_text=_("One or two sentences.")
    )

    class Meta:
        icon = "user"
        label = _("Speaker")


class SessionBlock(blocks.StructBlock):
    """One session of the agenda, on one day of the event."""

    day = blocks.DateBlock(label=_("Day"))
    starts = blocks.TimeBlock(label=_("Starts"), help_text=_("Los Angeles time."))
    ends = blocks.TimeBlock(label=_("Ends"), help_text=_("Los Angeles time."))
    title = blocks.CharBlock(max_length=160, label=_("Title"))
    kind = blocks.ChoiceBlock(choices=SessionKind.CHOICES, label=_("Kind"))
    room = blocks.CharBlock(max_length=80, required=False, label=_("Room"))
    description = blocks.TextBlock(required=False, label=_("Description"))
    speakers = blocks.ListBlock(SpeakerBlock(), default=[], label=_("Speakers"))
    role_families = blocks.ListBlock(
        SnippetChooserBlock("jobboard.RoleFamily"),
        default=[],
        label=_("Role families"),
        help_text=_("The roles this session is about, if any."),
    )

    class Meta:
        icon = "time"
        value_class = SessionValue
        template = "gatherings/blocks/session.html"
        label = _("Session")
        description = _("A keynote, workshop, panel, small group or networking time.")
        preview_value = {
            "day": "2027-02-19",
            "starts": "09:00",
            "ends": "09:45",
            "title": "Welcome and keynote",
            "kind": "keynote",
            "room": "Main hall",
            "description": "Why public service needs technologists, and where the jobs are.",
            "speakers": [{"name": "A speaker", "bio": "A public-sector technology leader."}],
            "role_families": [],
        }
