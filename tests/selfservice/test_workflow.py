"""The moderation workflow: a partner editor's change goes to the agency, who approves or
rejects with a comment; both sides are told by e-mail (Wagtail's notifications)."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage, WorkflowState

from wagtail_widunetz.partners import selfservice


def submit(page, user, **changes):
    """What the edit view's "Submit for moderation" does."""
    page = page.get_latest_revision_as_object()
    for field, value in changes.items():
        setattr(page, field, value)
    revision = page.save_revision(user=user)
    page.get_workflow().start(page, user)
    return revision


def workflow_action(client, page, action, comment=""):
    state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk])
    return client.post(url, {"comment": comment})


def test_workflow_is_assigned_to_directory_and_calendar(network):
    assert network.partner_a.get_workflow() == network.workflow
    assert network.event_a.get_workflow() == network.workflow
    assert network.workflow.name == selfservice.site_language_name(selfservice.WORKFLOW_NAME)
    task = network.workflow.tasks.get().specific
    assert list(task.groups.all()) == [network.agency]


def test_approval_round_trip(client, users, network):
    editor, agency = users["editor_a"], users["agency"]
    submit(network.partner_a, editor, short_description="Neu: Elterncafé jeden Dienstag.")
    partner = network.partner_a.specific_class.objects.get(pk=network.partner_a.pk)
    assert partner.workflow_in_progress
    assert partner.short_description != "Neu: Elterncafé jeden Dienstag."  # not live yet
    # the agency is notified, the other partner's editor is not
    recipients = {address for message in mail.outbox for address in message.to}
    assert agency.email in recipients
    assert users["editor_b"].email not in recipients
    mail.outbox.clear()

    client.force_login(agency)
    response = workflow_action(client, partner, "approve", "Danke, passt.")
    assert response.status_code in (200, 302)
    partner.refresh_from_db()
    assert partner.live and partner.short_description == "Neu: Elterncafé jeden Dienstag."
    assert WorkflowState.objects.for_instance(partner).get().status == WorkflowState.STATUS_APPROVED
    assert editor.email in {address for message in mail.outbox for address in message.to}
    # the visitor sees it
    client.logout()
    assert "Neu: Elterncafé jeden Dienstag." in client.get(partner.url).content.decode()


def test_rejection_with_a_comment_reaches_the_editor(client, users, network):
    editor, agency = users["editor_a"], users["agency"]
    submit(network.event_a, editor, title="Elterncafé (neuer Titel)")
    mail.outbox.clear()
    event = network.event_a.specific_class.objects.get(pk=network.event_a.pk)
    client.force_login(agency)
    response = workflow_action(client, event, "reject", "Bitte den Raum angeben.")
    assert response.status_code in (200, 302)
    event.refresh_from_db()
    assert event.title == "Elterncafé A"
    assert (
        WorkflowState.objects.for_instance(event).get().status == WorkflowState.STATUS_NEEDS_CHANGES
    )
    to_editor = [m for m in mail.outbox if editor.email in m.to]
    assert to_editor
    assert "Bitte den Raum angeben." in to_editor[0].body
    # the editor sees the outcome in the admin
    client.force_login(editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    assert "Bitte den Raum angeben." in edit


def test_partner_editor_cannot_approve(client, users, network):
    submit(network.partner_b, users["editor_b"], short_description="B's change")
    partner = network.partner_b.specific_class.objects.get(pk=network.partner_b.pk)
    client.force_login(users["editor_a"])
    workflow_action(client, partner, "approve")
    client.force_login(users["editor_b"])
    workflow_action(client, partner, "approve")
    partner.refresh_from_db()
    assert partner.short_description != "B's change"
    assert partner.workflow_in_progress


def snapshot():
    from django.contrib.auth.models import Group

    return (
        Workflow.objects.count(),
        sorted(WorkflowPage.objects.values_list("page_id", "workflow_id")),
        GroupPagePermission.objects.count(),
        sorted(Group.objects.values_list("name", flat=True)),
        sorted((g.name, p.codename) for g in Group.objects.all() for p in g.permissions.all()),
    )


def test_commands_are_idempotent_and_keep_admin_changes(network):
    before = snapshot()
    call_command("widunetz_setup_moderation", verbosity=0)
    call_command("widunetz_partner_access", str(network.partner_a.pk), verbosity=0)
    call_command("widunetz_partner_access", network.partner_b.slug, verbosity=0)
    assert snapshot() == before
    # an admin gives the calendar another workflow: the command leaves it alone
    other = Workflow.objects.create(name="Nur Leitung")
    WorkflowPage.objects.filter(page=network.calendar).update(workflow=other)
    call_command("widunetz_setup_moderation", verbosity=0)
    assert WorkflowPage.objects.get(page=network.calendar).workflow == other


def test_partner_access_command_errors(db, network):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No partner page"):
        call_command("widunetz_partner_access", "gibt-es-nicht", verbosity=0)
    with pytest.raises(CommandError, match="No partner page"):
        call_command("widunetz_partner_access", str(network.event_a.pk), verbosity=0)
    with pytest.raises(CommandError, match="not an e-mail"):
        call_command(
            "widunetz_partner_access", network.partner_a.slug, invite=["kaputt"], verbosity=0
        )


def test_partner_access_command_with_group_and_invitation(network):
    from wagtail_widunetz.partners.invitations import PartnerInvitation

    call_command(
        "widunetz_partner_access",
        network.partner_a.slug,
        group="Kita-Team",
        invite=["team@kita.example"],
        verbosity=0,
    )
    invitation = PartnerInvitation.objects.get()
    assert invitation.group.name == "Kita-Team"
    assert len(mail.outbox) == 1 and "/invitation/" in mail.outbox[0].body


def test_demo_sets_up_moderation_and_logins(demo, client):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    agency = User.objects.get(username="agentur")
    editor = User.objects.get(username="kita-ottelau")
    assert agency.check_password(selfservice.DEMO_PASSWORD)
    directory = selfservice.pages_of(selfservice.directory_page_models()).first()
    assert directory.specific.get_workflow().name == selfservice.site_language_name(
        selfservice.WORKFLOW_NAME
    )
    partner = selfservice.partner_pages().get(
        slug=selfservice.DEMO_PARTNER, locale__language_code="de"
    )
    assert partner.permissions_for_user(editor).can_edit()
    assert not partner.permissions_for_user(editor).can_publish()
    other = selfservice.partner_pages().exclude(translation_key=partner.translation_key).first()
    assert not other.permissions_for_user(editor).can_edit()
    before = snapshot()
    call_command("widunetz_demo", verbosity=0)
    assert snapshot() == before


def test_setup_in_another_admin_language_or_after_renaming_makes_no_second_workflow(network):
    from django.utils import translation

    with translation.override("en"):
        selfservice.setup_moderation()
    assert Workflow.objects.count() == 2  # Wagtail's own "Moderators approval" and ours
    network.workflow.name = "Freigabe"
    network.workflow.save()
    selfservice.setup_moderation()
    assert Workflow.objects.count() == 2
    assert network.directory.get_workflow() == network.workflow
