"""Wagtail models, one module per kind: pages, and the structured parts of a guide."""

from cms.models.guide_parts import GuideLevel, GuideResource, GuideSource
from cms.models.pages import ContentPage, GuideIndexPage, HomePage, PathwayGuidePage, SitePage

__all__ = [
    "ContentPage",
    "GuideIndexPage",
    "GuideLevel",
    "GuideResource",
    "GuideSource",
    "HomePage",
    "PathwayGuidePage",
    "SitePage",
]
