"""The project shell: settings, root URLs, WSGI/ASGI entry points, the health check, logging
setup and the demo loader. It may import every app; no app imports it."""
