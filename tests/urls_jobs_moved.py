"""The site's URLs with the job pages moved from /jobs/ to /vacancies/ (listed first, so the
``search`` routes reverse there): a job's address must follow its route wherever it is built."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from config.urls import urlpatterns as site_urlpatterns
from search import urls as search_urls

urlpatterns = [
    *i18n_patterns(path("vacancies/", include(search_urls)), prefix_default_language=False),
    *site_urlpatterns,
]
