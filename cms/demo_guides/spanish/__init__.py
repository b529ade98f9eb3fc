"""The demo site in Spanish, written for the project's Spanish-speaking readers (not a
sentence-by-sentence copy of the English pages): the home page, the guide index, the pages and
the guides. Each page is the Spanish translation of the English page with the same slug;
official job titles stay in English, since that is how employers post them."""

from cms.demo_guides.spanish import (
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
from cms.demo_guides.spanish.pages import CONTENT_PAGES, GUIDE_INDEX, HOME

GUIDES = [
    software_engineering.GUIDE,
    data_analytics.GUIDE,
    infrastructure_operations.GUIDE,
    product_delivery.GUIDE,
    systems_analysis.GUIDE,
    design_research.GUIDE,
    architecture.GUIDE,
    policy_acquisition.GUIDE,
    it_support.GUIDE,
    cybersecurity.GUIDE,
    it_leadership.GUIDE,
]

__all__ = ["CONTENT_PAGES", "GUIDES", "GUIDE_INDEX", "HOME"]
