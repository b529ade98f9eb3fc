from django.apps import AppConfig


class EventsConfig(AppConfig):
    """Events: the symposium and the gatherings after it, as Wagtail pages, with registration
    without an account, a waitlist, community proposals and the organizers' lists."""

    name = "gatherings"
    verbose_name = "Events"

    def ready(self) -> None:
        from django.db.models.signals import pre_delete
        from wagtail.signals import task_rejected, workflow_approved

        from gatherings import services
        from gatherings.models import Proposal

        # Whoever proposed a community gathering hears the moderators' decision.
        workflow_approved.connect(services.workflow_approved, dispatch_uid="events-approved")
        task_rejected.connect(services.task_rejected, dispatch_uid="events-changes")
        pre_delete.connect(
            services.proposal_deleted, sender=Proposal, dispatch_uid="events-declined"
        )
