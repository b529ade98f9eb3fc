from django.urls import path

from gatherings import views

app_name = "events"

urlpatterns = [
    path("register/<int:page_id>/", views.register, name="register"),
    path("check-email/", views.check_email, name="check-email"),
    path("registration/<str:token>/", views.registration, name="registration"),
]
