"""Run as DJANGO_SETTINGS_MODULE=tests.swapped.settings python -m tests.swapped.smoke.

Migrates a fresh database, builds a partner directory on the chapter's own base page model and
checks that the package lists and renders it. Prints OK, or fails with an exception.
"""

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Locale, Site  # noqa: E402

from tests.swapped.base.models import ChapterBasePage
from tests.swapped.chapter.models import NetworkPage, NewsroomPage, ProfilePage, ReleasePage  # noqa: E402
from wagtail_widunetz.core.compat import get_page_model, page_model_swapped  # noqa: E402

assert page_model_swapped()
assert get_page_model() is ChapterBasePage
call_command("migrate", verbosity=0)
call_command("makemigrations", "--check", "--dry-run", verbosity=0)

locale, _ = Locale.objects.get_or_create(language_code="de")
root = ChapterBasePage.add_root(instance=ChapterBasePage(title="Root", slug="root", locale=locale))
home = root.add_child(instance=ChapterBasePage(title="Start", slug="start", locale=locale))
Site.objects.all().delete()
Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
network = home.add_child(instance=NetworkPage(title="Netzwerk", slug="netzwerk"))
network.add_child(instance=ProfilePage(title="Kita Ottelau", slug="kita-ottelau"))
network.add_child(instance=ProfilePage(title="Jugendmigrationsdienst", slug="jmd"))

assert network.get_item_model() is ProfilePage
client = Client()
listing = client.get(network.get_url())
assert listing.status_code == 200, listing.status_code
html = listing.content.decode()
assert "Kita Ottelau" in html and "Jugendmigrationsdienst" in html, html[:2000]
profile = client.get(network.get_url() + "kita-ottelau/")
assert profile.status_code == 200, profile.status_code

# The press room on the chapter's base page model.
newsroom = home.add_child(instance=NewsroomPage(title="Presse", slug="presse"))
newsroom.add_child(instance=ReleasePage(title="Widunetz gegründet", slug="widunetz"))
room = client.get(newsroom.get_url())
assert room.status_code == 200, room.status_code
assert "Widunetz gegründet" in room.content.decode()
assert client.get(newsroom.get_url() + "widunetz/").status_code == 200
print("OK")
