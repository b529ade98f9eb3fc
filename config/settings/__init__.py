"""Settings modules: ``base`` (production-safe, driven by the environment) and ``test``."""
