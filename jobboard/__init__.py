"""The Django project (settings, urls) and the job domain: taxonomy, jobs, submissions."""
