"""Create scale data for benchmarks: ``manage.py widunetz_generate --partners 1000``.

Each feature app that is installed contributes a ``generate(parent, count, rng)`` function in its
``generate`` module; the data go below the first index page of the app's type on the default
site (created if missing). Pages are written in bulk (see ``core.bulk``).
"""

import random
import time

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import import_string
from wagtail.models import Site

KINDS = {
    # option: (app label, dotted path of the generator)
    "partners": ("widunetz_partners", "wagtail_widunetz.partners.generate.generate"),
    "events": ("widunetz_events", "wagtail_widunetz.events.generate.generate"),
    "press": ("widunetz_press", "wagtail_widunetz.press.generate.generate"),
}


class Command(BaseCommand):
    help = "Create N plausible partners, events and press releases for benchmarks."

    def add_arguments(self, parser):
        for kind in KINDS:
            parser.add_argument(f"--{kind}", type=int, default=0, metavar="N")
        parser.add_argument("--seed", type=int, default=2005, help="Random seed (repeatable).")

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError("There is no default Wagtail site to put the data in.")
        rng = random.Random(options["seed"])
        for kind, (label, path) in KINDS.items():
            count = options[kind]
            if count < 0:
                raise CommandError(f"--{kind} must not be negative.")
            if not count:
                continue
            if not apps.is_installed(f"wagtail_widunetz.{label.removeprefix('widunetz_')}"):
                raise CommandError(f"--{kind} needs the app {label} in INSTALLED_APPS.")
            generate = import_string(path)
            started = time.perf_counter()
            with transaction.atomic():
                created = generate(site.root_page, count, rng)
            seconds = time.perf_counter() - started
            self.stdout.write(f"{kind}: {created} created in {seconds:.1f} s")
