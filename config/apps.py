from django.apps import AppConfig


class ProjectShellConfig(AppConfig):
    """The project shell: site-wide templates and static files, ``load_demo`` and
    ``create_local_admin``. Installed as an app only so Django finds those."""

    name = "config"
    verbose_name = "Project shell"
