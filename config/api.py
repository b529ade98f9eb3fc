"""The site's one JSON API and its one OpenAPI document at /api/v1/: each app's router (the job
search, the federal crosswalk, the market insights) joined here, with the search layer's error
handlers for every endpoint."""

from ninja import NinjaAPI

from insights.api import router as insights
from pathways.api import router as pathways
from search.api import install_error_handlers
from search.api import router as jobs

api = NinjaAPI(
    title="Public Tech Pathways job search API",
    version="1",
    description=(
        "Search public-interest technology jobs in Los Angeles County. Values of one facet "
        "are ORed; different facets are ANDed. Facet counts are disjunctive: each facet's "
        "counts apply every other filter but not its own."
    ),
    urls_namespace="jobs-api",
    openapi_url="/openapi.json",
    docs_url="/docs",
)
install_error_handlers(api)
api.add_router("/", jobs)
api.add_router("/pathways/", pathways)
api.add_router("/insights/", insights)
