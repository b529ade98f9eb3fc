from django.urls import path

from pathways import views

app_name = "pathways"

urlpatterns = [path("", views.from_federal, name="from-federal")]
