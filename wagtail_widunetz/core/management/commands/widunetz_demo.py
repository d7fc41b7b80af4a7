"""Load the Herford demo network: ``manage.py widunetz_demo``.

Each installed app names its demo loader in its AppConfig (``widunetz_demo``, a dotted path to a
``load(stdout)`` function) and may set ``widunetz_demo_order``; ``core`` runs first. Loaders look
before they write, so running the command twice changes nothing.
"""

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import import_string
from wagtail.models import Site


def demo_loaders():
    configs = [c for c in apps.get_app_configs() if getattr(c, "widunetz_demo", None)]
    configs.sort(key=lambda c: getattr(c, "widunetz_demo_order", 100))
    return [(c.label, import_string(c.widunetz_demo)) for c in configs]


class Command(BaseCommand):
    help = "Load the demo of the Herford integration network (idempotent)."

    def handle(self, *args, **options):
        if not Site.objects.filter(is_default_site=True).exists():
            raise CommandError(
                "There is no default Wagtail site. Create one in the admin (Settings → Sites) "
                "with a home page as its root, then run this command again."
            )
        with transaction.atomic():
            for _label, load in demo_loaders():
                load(stdout=self.stdout if options["verbosity"] else None)
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS("Demo loaded."))
