"""Site search indexing for pages: on publish and unpublish, never on a draft save.

The page types set ``search_auto_update = False``, so Wagtail's save handlers leave them alone.
When a page goes live, a background task (django-modelsearch's own) puts its published content
in every configured search backend after the commit; when it is unpublished or deleted it is
taken out. A draft save therefore never touches the index."""

from __future__ import annotations

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete
from modelsearch.tasks import insert_or_update_object_task
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished

from cms.models import SitePage


def _site_page_models() -> list[type]:
    return [model for model in index.get_indexed_models() if issubclass(model, SitePage)]


def index_published_page(sender, instance, **kwargs) -> None:
    """After the publish commits, queue the indexing of the page's live content."""
    meta = instance._meta
    transaction.on_commit(
        partial(
            insert_or_update_object_task.enqueue, meta.app_label, meta.model_name, str(instance.pk)
        )
    )


def remove_page(sender, instance, **kwargs) -> None:
    """After the commit, drop an unpublished or deleted page from the search index."""
    transaction.on_commit(partial(index.remove_object, instance))


def connect() -> None:
    """Connect the receivers for every page type of the site (called from CmsConfig.ready)."""
    for model in _site_page_models():
        name = model.__name__
        page_published.connect(index_published_page, sender=model, dispatch_uid=f"cms-index-{name}")
        page_unpublished.connect(remove_page, sender=model, dispatch_uid=f"cms-unindex-{name}")
        post_delete.connect(remove_page, sender=model, dispatch_uid=f"cms-delete-{name}")
