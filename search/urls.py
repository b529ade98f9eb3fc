"""The job pages: search, job, feeds."""

from django.urls import path

from search import feeds, views

app_name = "search"
urlpatterns = [
    path("", views.search_page, name="search"),
    path("feed.rss", feeds.JobsRssFeed(), name="feed-rss"),
    path("feed.atom", feeds.JobsAtomFeed(), name="feed-atom"),
    path("<int:job_id>/<slug:slug>/", views.job_page, name="job"),
    path("<int:job_id>/", views.job_page, name="job-short"),
]
