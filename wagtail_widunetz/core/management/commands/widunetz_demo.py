"""Load the Herford demo network: ``manage.py widunetz_demo``.

Each installed app names its demo loader in its AppConfig (``widunetz_demo``, a dotted path to a
``load(stdout)`` function) and may set ``widunetz_demo_order``; ``core`` runs first. Steps
that need other apps' demo data are named in ``widunetz_demo_steps`` as ``(path, order)``.
Loaders look before they write, so running the command twice changes nothing.
"""

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import import_string
from wagtail.models import Site


def demo_loaders():
    steps = []
    for config in apps.get_app_configs():
        if getattr(config, "widunetz_demo", None):
            order = getattr(config, "widunetz_demo_order", 100)
            steps.append((order, config.label, config.widunetz_demo))
        # further steps that must run after other apps' demos, as (dotted path, order)
        for path, order in getattr(config, "widunetz_demo_steps", ()):
            steps.append((order, config.label, path))
    steps.sort(key=lambda step: step[0])
    return [(label, import_string(path)) for _order, label, path in steps]


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
