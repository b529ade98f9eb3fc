"""Search backends: one interface, one module per kind (search engine, database)."""
