"""The project's URLs. Wagtail serves every path not matched above it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.views import site_search
from config import sitemaps, views
from config.api import api
from gatherings import urls as gatherings_urls
from postings.forms import DjangoAdminSignInForm
from search import urls as search_urls

handler404 = "config.views.not_found"

# The Django admin's sign-in is rate-limited like every other.
admin.site.login_form = DjangoAdminSignInForm

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("language/<str:code>/", views.choose_language, name="choose-language"),
    path("api/v1/", api.urls),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemaps.section, name="sitemap-section"),
]

# The pages in every language of settings.LANGUAGES: English at these paths, the others under
# their prefix (/es/jobs/). A part of the site joins when its pages are translated.
urlpatterns += i18n_patterns(
    path("jobs/", include(search_urls)),
    path("alerts/", include("alerts.urls")),
    path("my/", include("applications.urls")),
    path("employers/", include("postings.urls")),
    path("insights/", include("insights.urls")),
    path("search/", site_search, name="site-search"),
    path("from-federal/", include("pathways.urls")),
    path("events/", include("gatherings.urls")),
    path("", include((gatherings_urls.page_urlpatterns, "event-pages"))),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's pages last: each language's page tree under its prefix (the Spanish home at /es/).
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=False)
