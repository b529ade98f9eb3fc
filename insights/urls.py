from django.urls import path

from insights import views

app_name = "insights"

urlpatterns = [
    path("", views.insights_page, name="insights"),
    path("data/<slug:name>.csv", views.table_csv, name="table"),
]
