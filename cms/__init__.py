"""Wagtail pages: the home page, pathway guides and content pages."""
