"""WSGI entry point (gunicorn jobboard.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobboard.settings.base")
application = get_wsgi_application()
