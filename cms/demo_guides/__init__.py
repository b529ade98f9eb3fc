"""The demo site's guides and pages, written for this project in plain language. Loaded by
``manage.py load_demo`` (through cms/demo.py); organizers edit them in the CMS afterwards."""

from cms.demo_guides import (
    architecture,
    cybersecurity,
    data_analytics,
    design_research,
    infrastructure_operations,
    it_leadership,
    it_support,
    policy_acquisition,
    product_delivery,
    software_engineering,
    systems_analysis,
)
from cms.demo_guides.pages import CONTENT_PAGES, FEDERAL_PAGE_SLUG, HOME

GUIDES = [
    software_engineering.GUIDE,
    data_analytics.GUIDE,
    it_support.GUIDE,
    cybersecurity.GUIDE,
    infrastructure_operations.GUIDE,
    product_delivery.GUIDE,
    systems_analysis.GUIDE,
    design_research.GUIDE,
    architecture.GUIDE,
    policy_acquisition.GUIDE,
    it_leadership.GUIDE,
]
LAST_REVIEWED = "2026-11-02"

__all__ = ["CONTENT_PAGES", "FEDERAL_PAGE_SLUG", "GUIDES", "HOME", "LAST_REVIEWED"]
