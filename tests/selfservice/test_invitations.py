"""Invitations: the agency invites a partner contact, who sets a password and joins the group."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from tests.selfservice.conftest import PASSWORD
from wagtail_widunetz.partners.invitations import PartnerInvitation, hash_token

NEW_PASSWORD = "Kita-Ottelau-2026!"  # noqa: S105 - test only


def invite(client, network, email="leitung@kita-ottelau.example"):
    return client.post(
        reverse("widunetz_selfservice:invite"),
        {"partner": network.partner_a.pk, "email": email},
    )


def link_from_mail(message):
    match = re.search(r"http://testserver(/invitation/[^/\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


@pytest.fixture
def agency_client(client, users):
    client.force_login(users["agency"])
    return client


def test_agency_invites_and_contact_joins_the_group(agency_client, network, client):
    response = invite(agency_client, network)
    assert response.status_code == 302
    assert response.url == reverse("widunetz_selfservice:index")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["leitung@kita-ottelau.example"]
    assert "Kita Ottelau" in message.subject
    link = link_from_mail(message)
    token = link.rstrip("/").rsplit("/", 1)[1]
    invitation = PartnerInvitation.objects.get()
    # only the hash is stored
    assert invitation.token_hash == hash_token(token)
    assert token not in invitation.token_hash
    assert invitation.group == network.group_a
    listing = agency_client.get(reverse("widunetz_selfservice:index"))
    assert "leitung@kita-ottelau.example" in listing.content.decode()

    agency_client.logout()
    page = client.get(link)
    assert page.status_code == 200
    assert "Kita Ottelau" in page.content.decode()
    response = client.post(
        link,
        {
            "first_name": "Anna",
            "last_name": "Leitung",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    user = get_user_model().objects.get(email="leitung@kita-ottelau.example")
    assert user.check_password(NEW_PASSWORD)
    assert list(user.groups.all()) == [network.group_a]
    assert network.partner_a.permissions_for_user(user).can_edit()
    assert not network.partner_b.permissions_for_user(user).can_edit()
    invitation.refresh_from_db()
    assert invitation.accepted_by == user and invitation.accepted_at is not None
    # logged in, into the admin
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    # a used link cannot be used again
    client.logout()
    again = client.get(link)
    assert again.status_code == 410
    assert "only once" in again.content.decode() or "nur einmal" in again.content.decode()
    assert client.post(link, {"password": NEW_PASSWORD}).status_code == 410


def test_existing_account_confirms_with_its_password(agency_client, network, users, client):
    invite(agency_client, network, email=users["editor_b"].email.upper())
    link = link_from_mail(mail.outbox[0])
    agency_client.logout()
    assert client.post(link, {"password": "wrong"}).status_code == 200
    assert not users["editor_b"].groups.filter(pk=network.group_a.pk).exists()
    response = client.post(link, {"password": PASSWORD})
    assert response.status_code == 302
    assert users["editor_b"].groups.filter(pk=network.group_a.pk).exists()
    assert get_user_model().objects.filter(email__iexact=users["editor_b"].email).count() == 1


@pytest.mark.parametrize(
    "data,field",
    [
        (
            {"first_name": "A", "last_name": "B", "password1": NEW_PASSWORD, "password2": "x"},
            "password2",
        ),
        (
            {"first_name": "A", "last_name": "B", "password1": "123", "password2": "123"},
            "password1",
        ),
        (
            {
                "first_name": "",
                "last_name": "B",
                "password1": NEW_PASSWORD,
                "password2": NEW_PASSWORD,
            },
            "first_name",
        ),
        ({}, "password1"),
    ],
)
def test_bad_form_input_keeps_the_invitation_and_writes_nothing(
    agency_client, network, client, data, field
):
    invite(agency_client, network)
    link = link_from_mail(mail.outbox[0])
    agency_client.logout()
    users_before = get_user_model().objects.count()
    response = client.post(link, data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert get_user_model().objects.count() == users_before
    assert PartnerInvitation.objects.get().accepted_at is None


def test_expired_invitation_answers_a_friendly_page(agency_client, network, client):
    invite(agency_client, network)
    link = link_from_mail(mail.outbox[0])
    PartnerInvitation.objects.update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    agency_client.logout()
    response = client.get(link)
    assert response.status_code == 410
    assert "expired" in response.content.decode() or "abgelaufen" in response.content.decode()
    users_before = get_user_model().objects.count()
    data = {
        "first_name": "A",
        "last_name": "B",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
    }
    assert client.post(link, data).status_code == 410
    assert get_user_model().objects.count() == users_before


@pytest.mark.parametrize(
    "token", ["x", "a" * 43, "a" * 500, "%00%00", "..", "Ünïcode-" * 5, "' OR 1=1 --" * 3]
)
def test_bad_tokens_answer_a_friendly_400_never_500(client, db, token):
    for response in (
        client.get(f"/invitation/{token}/"),
        client.post(f"/invitation/{token}/", {"password": "x"}),
    ):
        assert response.status_code == 400
        assert response.templates[0].name.endswith("invitation_invalid.html")


def test_invitation_days_setting(agency_client, network, settings):
    settings.WIDUNETZ_INVITATION_DAYS = 3
    before = timezone.now()
    invite(agency_client, network)
    invitation = PartnerInvitation.objects.get()
    assert before + datetime.timedelta(days=3) <= invitation.expires_at
    assert invitation.expires_at <= timezone.now() + datetime.timedelta(days=3)
    assert "3 days" in mail.outbox[0].body or "3 Tage" in mail.outbox[0].body


def test_default_is_fourteen_days(agency_client, network):
    invite(agency_client, network)
    invitation = PartnerInvitation.objects.get()
    assert (invitation.expires_at - invitation.created_at) == datetime.timedelta(days=14)


def test_invite_form_rejects_bad_input(agency_client, network):
    for data in (
        {"partner": network.partner_a.pk, "email": "not-an-address"},
        {"partner": 999999, "email": "a@example.org"},
        {"partner": network.event_a.pk, "email": "a@example.org"},
        {"partner": "abc", "email": "a@example.org"},
    ):
        response = agency_client.post(reverse("widunetz_selfservice:invite"), data)
        assert response.status_code == 200, data
        assert response.context["form"].errors
    assert not PartnerInvitation.objects.exists()
    assert not mail.outbox


def test_failing_mail_keeps_nothing(agency_client, network, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("mail server down")

    monkeypatch.setattr("wagtail_widunetz.partners.invitations.send_mail", broken)
    response = invite(agency_client, network)
    assert response.status_code == 200
    assert not PartnerInvitation.objects.exists()


def test_withdrawn_invitation_no_longer_works(agency_client, network, client):
    invite(agency_client, network)
    link = link_from_mail(mail.outbox[0])
    invitation = PartnerInvitation.objects.get()
    response = agency_client.post(reverse("widunetz_selfservice:withdraw", args=[invitation.pk]))
    assert response.status_code == 302
    assert not PartnerInvitation.objects.exists()
    agency_client.logout()
    assert client.get(link).status_code == 400


@pytest.mark.parametrize("role", ["anonymous", "editor_a", "editor_b"])
def test_only_the_agency_may_invite(client, users, network, role):
    if role != "anonymous":
        client.force_login(users[role])
    for url in (
        reverse("widunetz_selfservice:index"),
        reverse("widunetz_selfservice:invite"),
        reverse("widunetz_selfservice:setup", args=[network.partner_a.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        expected = (
            reverse("wagtailadmin_login") if role == "anonymous" else reverse("wagtailadmin_home")
        )
        assert response.url.split("?")[0] == expected
    response = invite(client, network)
    assert response.status_code == 302
    assert not PartnerInvitation.objects.exists()
    assert not mail.outbox


def test_setup_button_and_view(agency_client, network, users):
    edit = agency_client.get(reverse("wagtailadmin_pages:edit", args=[network.partner_a.pk]))
    setup_url = reverse("widunetz_selfservice:setup", args=[network.partner_a.pk])
    assert setup_url in edit.content.decode()
    # not on other page types
    edit_event = agency_client.get(reverse("wagtailadmin_pages:edit", args=[network.event_a.pk]))
    assert reverse("widunetz_selfservice:setup", args=[network.event_a.pk]) not in (
        edit_event.content.decode()
    )
    # not a partner: 404 (the example site's LocaleMiddleware first redirects it to /de/...)
    wrong = reverse("widunetz_selfservice:setup", args=[network.event_a.pk])
    assert agency_client.get(wrong, follow=True).status_code == 404
    page = agency_client.get(setup_url)
    assert page.status_code == 200
    assert network.group_a.name in page.content.decode()
    response = agency_client.post(setup_url)
    assert response.status_code == 302
    assert response.url.endswith(f"?partner={network.partner_a.pk}")
    # the editor of A does not see the button
    agency_client.force_login(users["editor_a"])
    edit = agency_client.get(reverse("wagtailadmin_pages:edit", args=[network.partner_a.pk]))
    assert edit.status_code == 200
    assert setup_url not in edit.content.decode()


def test_network_menu_shows_invitations_only_to_the_agency(client, users, network):
    url = reverse("widunetz_selfservice:index")
    client.force_login(users["agency"])
    assert url in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(users["editor_a"])
    assert url not in client.get(reverse("wagtailadmin_home")).content.decode()
