from django.urls import path

from applications import views

app_name = "applications"

urlpatterns = [
    path("", views.my_list, name="list"),
    path("save/", views.save, name="save"),
    path("guest/<int:job_id>/remove/", views.remove_guest, name="remove-guest"),
    path("sign-in/", views.ask_sign_in, name="ask-sign-in"),
    path("check-email/", views.check_email, name="check-email"),
    path("sign-in/<str:token>/", views.sign_in, name="sign-in"),
    path("sign-out/", views.sign_out, name="sign-out"),
    path("jobs/<int:pk>/", views.update, name="update"),
    path("settings/", views.change_settings, name="settings"),
    path("calendar/<str:key>.ics", views.calendar_feed, name="calendar"),
    path("shared/<str:key>/", views.shared, name="shared"),
    path("download/", views.download, name="download"),
    path("delete/", views.delete, name="delete"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
