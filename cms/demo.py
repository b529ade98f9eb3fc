"""Demo pages for ``manage.py load_demo``: each function is idempotent."""

from __future__ import annotations

from wagtail.models import Locale, Page, Site

from cms.models import HomePage

HOME_INTRO = (
    "Find public-interest technology jobs in Los Angeles County, and learn how government "
    "tech careers work."
)


def ensure_home_page() -> HomePage:
    """The site's HomePage as the default site's root, created (with Wagtail's root page and
    default locale, if an emptied database lacks them) when missing."""
    home = HomePage.objects.first()
    if home is None:
        Locale.objects.get_or_create(language_code="en")
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root"))
        home = root.add_child(
            instance=HomePage(title="Public Tech Pathways", slug="home", intro=HOME_INTRO)
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Public Tech Pathways",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save(update_fields=["root_page"])
    return home
