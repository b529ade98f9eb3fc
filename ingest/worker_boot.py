"""What the reading workers' fork server imports once (``ingest.reading_workers``): Django set
up and the reading code loaded, so that each worker forked from that server starts ready in
milliseconds rather than paying an interpreter's start and Django's setup of its own."""

import django

django.setup()

import ingest.pipeline  # noqa: E402, F401 (the code the workers run, loaded once for all)
