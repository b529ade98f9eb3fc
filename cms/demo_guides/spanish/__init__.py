"""The demo site in Spanish, written for the project's Spanish-speaking readers (not a
sentence-by-sentence copy of the English pages): the home page, the guide index, the pages and
the guides. Each page is the Spanish translation of the English page with the same slug;
official job titles stay in English, since that is how employers post them."""

from cms.demo_guides.spanish import (
    cybersecurity,
    data_analytics,
    it_leadership,
    it_support,
    software_engineering,
)
from cms.demo_guides.spanish.pages import CONTENT_PAGES, GUIDE_INDEX, HOME

GUIDES = [
    software_engineering.GUIDE,
    data_analytics.GUIDE,
    it_support.GUIDE,
    cybersecurity.GUIDE,
    it_leadership.GUIDE,
]

__all__ = ["CONTENT_PAGES", "GUIDES", "GUIDE_INDEX", "HOME"]
