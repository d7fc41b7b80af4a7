"""Barrier reports in the admin: listed and inspected, never added or edited there."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail_widunetz.core.accessibility import BarrierReport

pytestmark = pytest.mark.django_db

PREFIX = "wagtailsnippets_widunetz_core_barrierreport"


@pytest.fixture
def report(db):
    return BarrierReport.objects.create(
        name="Aylin",
        page_url="/de/kalender/",
        description="Der Monatskalender lässt sich nicht mit der Tastatur bedienen.",
    )


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


def test_list_and_inspect(admin_client, report):
    html = admin_client.get(reverse(f"{PREFIX}:list")).content.decode()
    assert "Der Monatskalender lässt sich nicht" in html
    assert reverse(f"{PREFIX}:inspect", args=[report.pk]) in html
    assert reverse(f"{PREFIX}:edit", args=[report.pk]) not in html
    assert reverse(f"{PREFIX}:add") not in html
    inspect = admin_client.get(reverse(f"{PREFIX}:inspect", args=[report.pk]))
    assert inspect.status_code == 200
    assert "/de/kalender/" in inspect.content.decode()


def test_nobody_adds_or_edits_a_report(admin_client, report):
    add = admin_client.post(reverse(f"{PREFIX}:add"), {"description": "Neu von Hand angelegt"})
    assert add.status_code in (302, 403)
    edit = admin_client.post(
        reverse(f"{PREFIX}:edit", args=[report.pk]), {"description": "Geändert im Admin!"}
    )
    assert edit.status_code in (302, 403)
    report.refresh_from_db()
    assert report.description.startswith("Der Monatskalender")
    assert BarrierReport.objects.count() == 1


def test_superuser_may_delete(admin_client, report):
    response = admin_client.post(reverse(f"{PREFIX}:delete", args=[report.pk]))
    assert response.status_code == 302
    assert not BarrierReport.objects.exists()


def test_editor_with_view_permission_sees_reports(client, report):
    group = Group.objects.create(name="Integrationsagentur")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_barrierreport"),
    )
    user = get_user_model().objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(group)
    client.force_login(user)
    assert client.get(reverse(f"{PREFIX}:list")).status_code == 200
    assert client.get(reverse(f"{PREFIX}:inspect", args=[report.pk])).status_code == 200
    response = client.post(reverse(f"{PREFIX}:delete", args=[report.pk]))
    assert response.status_code in (302, 403)
    assert BarrierReport.objects.exists()


def test_reports_are_in_the_network_menu(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(f"{PREFIX}:list") in html
