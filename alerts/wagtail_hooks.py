"""The alerts' plug-ins into the layers below (``search.plugins``)."""

from wagtail import hooks

from alerts.services import saved_searches
from search.plugins import SAVED_SEARCHES

hooks.register(SAVED_SEARCHES, saved_searches)
