from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from wagtail_widunetz.events.models import EventPage
from wagtail_widunetz.partners.models import PartnerDirectoryPage, PartnerPage
from wagtail_widunetz.press.models import PressReleasePage

pytestmark = pytest.mark.django_db


def test_generate_creates_the_requested_numbers(home):
    call_command("widunetz_generate", partners=25, events=30, press=35, stdout=StringIO())
    assert PartnerPage.objects.live().count() == 25
    assert EventPage.objects.live().count() == 30
    assert PressReleasePage.objects.live().count() == 35


def test_generated_pages_form_a_valid_tree(client, home):
    call_command("widunetz_generate", partners=40, stdout=StringIO())
    directory = PartnerDirectoryPage.objects.get()
    assert directory.numchild == 40
    assert Page.find_problems() == ([], [], [], [], [])
    child = PartnerPage.objects.child_of(directory).last()
    assert child.url_path == f"{directory.url_path}{child.slug}/"
    assert client.get(child.get_url()).status_code == 200
    # A page added the normal way after bulk creation gets a fresh path.
    directory.add_child(instance=PartnerPage(title="Neu", slug="neu"))
    assert Page.find_problems() == ([], [], [], [], [])


def test_generate_appends_on_a_second_run(home):
    call_command("widunetz_generate", press=5, stdout=StringIO())
    call_command("widunetz_generate", press=5, stdout=StringIO())
    assert PressReleasePage.objects.count() == 10


def test_generate_rejects_negative_counts(home):
    with pytest.raises(CommandError, match="must not be negative"):
        call_command("widunetz_generate", partners=-1)


def test_bulk_created_pages_carry_their_base_id(home):
    from wagtail_widunetz.core.bulk import bulk_add_children

    directory = PartnerDirectoryPage(title="Netzwerk", slug="netzwerk")
    home.add_child(instance=directory)
    (page,) = bulk_add_children(directory, [PartnerPage(title="A", slug="a")])
    assert page.id == page.pk == page.page_ptr_id == PartnerPage.objects.get(slug="a").pk
