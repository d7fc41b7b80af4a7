"""``manage.py widunetz_setup_moderation``: the agency group and the moderation workflow."""

from django.core.management.base import BaseCommand

from wagtail_widunetz.partners import selfservice


class Command(BaseCommand):
    help = (
        "Create (or complete) the agency group and the workflow “Moderation by the "
        "Integrationsagentur”, and assign it to the partner directories and event calendars. "
        "Idempotent: existing groups, workflows and assignments are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--agency-group",
            default=selfservice.AGENCY_GROUP_NAME,
            help="Name of the agency's group (default: %(default)s).",
        )
        parser.add_argument(
            "--workflow", default=None, help="Name of the workflow (default: the translated name)."
        )

    def handle(self, *args, **options):
        stdout = self.stdout if options["verbosity"] else None
        agency, workflow = selfservice.setup_moderation(
            agency_group_name=options["agency_group"],
            workflow_name=options["workflow"],
            stdout=stdout,
        )
        if stdout:
            self.stdout.write(
                self.style.SUCCESS(f"Group “{agency.name}” moderates with “{workflow.name}”.")
            )
