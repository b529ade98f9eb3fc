"""Site search indexing for pages: on publish and unpublish, never on a draft save.

The page types set ``search_auto_update = False``, so Wagtail's save handlers leave them alone;
these receivers put a page in every configured search backend when it goes live (its published
content) and take it out when it is unpublished or deleted."""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_delete
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished


def _site_page_models() -> list[type]:
    from cms.models import SitePage

    return [model for model in index.get_indexed_models() if issubclass(model, SitePage)]


def index_published_page(sender, instance, **kwargs) -> None:
    """After the publish commits, index the page's live content."""
    transaction.on_commit(lambda: index.insert_or_update_object(instance))


def remove_page(sender, instance, **kwargs) -> None:
    """Drop an unpublished or deleted page from the search index."""
    index.remove_object(instance)


def connect() -> None:
    """Connect the receivers for every page type of the site (called from CmsConfig.ready)."""
    for model in _site_page_models():
        page_published.connect(
            index_published_page, sender=model, dispatch_uid=f"cms-index-{model.__name__}"
        )
        page_unpublished.connect(
            remove_page, sender=model, dispatch_uid=f"cms-unindex-{model.__name__}"
        )
        post_delete.connect(remove_page, sender=model, dispatch_uid=f"cms-delete-{model.__name__}")
