"""Signals of the search app, for the features above it."""

from django.dispatch import Signal

# Sent when what searches answer may have changed: in database mode when jobs change, with the
# search engine once the changed jobs are indexed (or the index rebuilt). Features that cache
# numbers derived from searches (insights) drop them on it.
results_changed = Signal()
