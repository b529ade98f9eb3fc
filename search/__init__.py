"""Everything about finding jobs: index mapping, indexing, queries, facets, the search page
and the JSON API. The only code in the project that talks to the search engine."""
