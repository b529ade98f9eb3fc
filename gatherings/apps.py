from django.apps import AppConfig


class EventsConfig(AppConfig):
    """Events: the symposium and the gatherings after it, as Wagtail pages, with registration
    without an account, a waitlist and the organizers' lists."""

    name = "gatherings"
    verbose_name = "Events"
