"""The events' addresses outside the page tree. ``urlpatterns`` sit under ``/events/``;
``page_urlpatterns`` at the site's root, where an event page's ``event.ics`` follows its page's
path (Wagtail serves only paths that end in a slash)."""

from django.urls import path, re_path

from gatherings import views

app_name = "events"

urlpatterns = [
    path("calendar.ics", views.calendar, name="calendar"),
    path("propose/", views.propose, name="propose"),
    path("register/<int:page_id>/", views.register, name="register"),
    path("check-email/", views.check_email, name="check-email"),
    path("registration/<str:token>/", views.registration, name="registration"),
    path("survey/<str:token>/", views.survey, name="survey"),
]

page_urlpatterns = [
    re_path(r"^(?P<path>(?:[-\w]+/)+)event\.ics$", views.event_ics, name="event-ics"),
]
