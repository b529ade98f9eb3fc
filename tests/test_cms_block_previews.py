"""Organizers choose blocks from previews (bakerydemo's lesson): every block a page's StreamField
offers says what it is for, in English and in Spanish, shows sample content of its own in the
admin's block chooser even on a site with no jobs yet, and every label, help text and choice an
organizer reads is translated. The blocks are found from the page models, so a new block without
a description or a preview fails here."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.functional import Promise
from django.utils.html import escape, strip_tags
from wagtail.blocks import Block, ChoiceBlock
from wagtail.fields import StreamField
from wagtail.models import get_page_models

from cms.models import GuideLevel, GuideResource, GuideSource
from jobboard.models import Job, RoleFamily, SeniorityLevel
from tests.factories import OpenJobFactory, guide_page

WAGTAIL_EMPTY_CHOICES = {"---------", "- Select an option -"}
SPANISH = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES" / "django.po"


def offered_blocks() -> dict[str, Block]:
    """Every block an organizer can add to any StreamField of any page type, by class name."""
    found: dict[str, Block] = {}
    for model in get_page_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                for block in field.stream_block.child_blocks.values():
                    found.setdefault(type(block).__name__, block)
    return found


BLOCKS = offered_blocks()


def test_the_blocks_are_found_from_the_page_models():
    assert {
        "ParagraphBlock",
        "LiveOpeningsBlock",
        "MarketChartBlock",
        "EmployerNamesBlock",
        "HiringPathBlock",
        "FeaturedGuideBlock",
    } <= set(BLOCKS)


@pytest.mark.parametrize("name", sorted(BLOCKS))
def test_every_block_says_what_it_is_for_and_has_a_preview_in_the_chooser(name):
    block = BLOCKS[name]
    assert str(getattr(block.meta, "description", "")).strip()
    assert hasattr(block.meta, "preview_value")
    assert block.is_previewable


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(BLOCKS))
def test_every_block_preview_renders_in_the_admin_on_a_site_without_jobs(admin_client, name):
    assert not Job.objects.exists()
    block = BLOCKS[name]
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    html = response.content.decode()
    shown = re.search(r'<div class="wrap w-block-[^"]*">(.*)</div>\s*</main>', html, re.S)
    assert shown, html
    assert strip_tags(shown.group(1)).strip()
    assert "css/site.css" in html  # styled like the site


@pytest.mark.django_db
def test_the_featured_guide_preview_shows_the_newest_live_guide(admin_client):
    guide = guide_page("data-analytics")
    block = BLOCKS["FeaturedGuideBlock"]
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert f'<a href="{guide.url}">{escape(guide.title)}</a>' in response.content.decode()


@pytest.mark.django_db
def test_the_live_openings_preview_lists_jobs_when_there_are_some(admin_client):
    family = RoleFamily.objects.get(slug="data-analytics")
    OpenJobFactory(title="Senior Data Analyst", role_family=family)
    block = BLOCKS["LiveOpeningsBlock"]
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert "Senior Data Analyst" in response.content.decode()


@pytest.mark.parametrize("name", sorted(BLOCKS))
def test_every_block_description_reads_in_spanish(name):
    description = BLOCKS[name].meta.description
    english = str(description)
    with translation.override("es"):
        assert str(description) != english


def organizer_strings(block: Block) -> list[tuple[str, object]]:
    """The block's label and, for each of its parts, the label, help text and choice labels
    an organizer reads in the editor. Role family and seniority choices are the taxonomy's own
    terms, translated with the terms, and Wagtail's own empty choice is Wagtail's to translate:
    both are left out."""
    terms = set(RoleFamily.objects.values_list("slug", flat=True)) | set(
        SeniorityLevel.objects.values_list("slug", flat=True)
    )
    found: list[tuple[str, object]] = [("label", block.label)]
    for name, child in getattr(block, "child_blocks", {}).items():
        found.append((f"{name} label", child.label))
        help_text = getattr(getattr(child, "field", None), "help_text", "") or getattr(
            child.meta, "help_text", ""
        )  # a field block's field says it; a list or struct block's meta
        if help_text:
            found.append((f"{name} help text", help_text))
        if isinstance(child, ChoiceBlock):
            found += [
                (f"{name} choice {value!r}", label)
                for value, label in child.field.choices
                if str(label) not in WAGTAIL_EMPTY_CHOICES and value not in terms
            ]
    return found


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(BLOCKS))
def test_every_label_help_text_and_choice_an_organizer_reads_is_translated(name):
    catalogue = {entry.msgid for entry in polib.pofile(str(SPANISH)) if entry.translated()}
    untranslated = [
        (where, str(text))
        for where, text in organizer_strings(BLOCKS[name])
        if not isinstance(text, Promise) or str(text) not in catalogue
    ]
    assert untranslated == []


def page_editor_strings() -> list[tuple[str, object]]:
    """What the page editor shows organizers around the blocks, written in the cms models: each
    page type's and inline part's name, its fields' help texts and the panels' headings."""
    found: list[tuple[str, object]] = []
    models = [model for model in get_page_models() if model._meta.app_label == "cms"]
    models += [GuideLevel, GuideResource, GuideSource]
    for model in models:
        found.append((f"{model.__name__} name", model._meta.verbose_name))
        for field in model._meta.get_fields(include_parents=False):
            if getattr(field, "help_text", ""):
                found.append((f"{model.__name__}.{field.name} help text", field.help_text))
        panels = list(getattr(model, "content_panels", []))
        while panels:
            panel = panels.pop()
            panels += getattr(panel, "children", [])
            for attribute in ("heading", "label"):
                if getattr(panel, attribute, ""):
                    found.append((f"{model.__name__} panel {attribute}", getattr(panel, attribute)))
    return found


def test_the_page_editor_around_the_blocks_is_translated_too():
    catalogue = {entry.msgid for entry in polib.pofile(str(SPANISH)) if entry.translated()}
    strings = page_editor_strings()
    assert ("PathwayGuidePage panel heading", "At a glance") in strings
    untranslated = [
        (where, str(text))
        for where, text in strings
        if not isinstance(text, Promise) or str(text) not in catalogue
    ]
    assert untranslated == []


@pytest.mark.django_db
def test_the_page_editor_offers_every_block_with_its_description_and_preview(admin_client):
    from tests.test_events_registration import an_event

    guide = guide_page("data-analytics")
    home = guide.get_parent().get_parent()
    shown = "".join(
        unescape(admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode())
        for page in (guide, home, an_event())  # every page type with a StreamField
    )
    for name, block in BLOCKS.items():
        assert json.dumps(str(block.meta.description))[1:-1] in shown, name
        assert f'"blockDefId": "{block.definition_prefix}", "isPreviewable": true' in shown, name
