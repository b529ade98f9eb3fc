"""The job domain, the bottom layer: the taxonomy, agencies, jobs and their sources, the services
that change a job's status, rate limits and the dashboard's frame. It imports no other app of
the project."""
