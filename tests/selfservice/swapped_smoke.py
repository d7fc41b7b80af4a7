"""Run as DJANGO_SETTINGS_MODULE=tests.swapped.settings python -m tests.selfservice.swapped_smoke.

Partner self-service on a site with its own base page model (Wagtail 8): the permissions carry
the base model's codenames, the partner group edits its own profile and nothing else, the
workflow sits on the directory and the calendar. Prints OK, or fails with an exception.
"""

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from wagtail.models import GroupPagePermission, Locale, Site  # noqa: E402

from tests.swapped.base.models import ChapterBasePage  # noqa: E402
from tests.swapped.chapter.models import (  # noqa: E402
    CalendarPage,
    NetworkPage,
    NewsroomPage,
    ProfilePage,
)
from wagtail_widunetz.partners import selfservice  # noqa: E402

call_command("migrate", verbosity=0)
locale, _ = Locale.objects.get_or_create(language_code="de")
root = ChapterBasePage.add_root(instance=ChapterBasePage(title="Root", slug="root", locale=locale))
home = root.add_child(instance=ChapterBasePage(title="Start", slug="start", locale=locale))
Site.objects.all().delete()
Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
network = home.add_child(instance=NetworkPage(title="Netzwerk", slug="netzwerk"))
kita = network.add_child(instance=ProfilePage(title="Kita Ottelau", slug="kita-ottelau"))
jmd = network.add_child(instance=ProfilePage(title="Jugendmigrationsdienst", slug="jmd"))
calendar = home.add_child(instance=CalendarPage(title="Veranstaltungen", slug="veranstaltungen"))
newsroom = home.add_child(instance=NewsroomPage(title="Presse", slug="presse"))

assert selfservice.page_permission("change").codename == "change_chapterbasepage"
call_command("widunetz_partner_access", "kita-ottelau", verbosity=0)
group = selfservice.partner_group(kita)
assert group is not None and group.name == "Partner: Kita Ottelau"
codenames = set(
    GroupPagePermission.objects.filter(group=group).values_list("permission__codename", flat=True)
)
assert codenames == {"change_chapterbasepage", "add_chapterbasepage"}, codenames

user = get_user_model().objects.create_user("kita", "kita@example.org", "x")
user.groups.add(group)
assert kita.permissions_for_user(user).can_edit()
assert not kita.permissions_for_user(user).can_publish()
assert not jmd.permissions_for_user(user).can_edit()
assert not newsroom.permissions_for_user(user).can_edit()
assert calendar.permissions_for_user(user).can_add_subpage()

agency_user = get_user_model().objects.create_user("agentur", "agentur@example.org", "x")
agency_user.groups.add(selfservice.setup_moderation()[0])
assert jmd.permissions_for_user(agency_user).can_publish()
assert newsroom.permissions_for_user(agency_user).can_add_subpage()
for page in (network, kita, calendar):
    assert page.get_workflow().name == selfservice.site_language_name(selfservice.WORKFLOW_NAME), (
        page
    )
print("OK")
