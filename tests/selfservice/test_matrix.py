"""Role x action matrix of partner self-service: every cell asserted twice, through Wagtail's
permission testers / policies and through the admin views with the test client.

Roles: anonymous, editor of partner A, editor of partner B, agency editor, admin.
Objects: A's profile and event, B's profile and event, a press release, and three snippets
(a topic, a venue, a press clipping). Actions: view (the admin's draft view / snippet list),
edit, publish, delete.
"""

import pytest
from django.urls import reverse
from wagtail.permission_policies import ModelPermissionPolicy

ROLES = ["anonymous", "editor_a", "editor_b", "agency", "admin"]
PAGES = ["partner_a", "event_a", "partner_b", "event_b", "release"]
SNIPPETS = ["topic", "venue", "clipping"]
ACTIONS = ["view", "edit", "publish", "delete"]

Y, N = True, False
# What each role may do: (view, edit, publish, delete). Partner editors edit their own
# partner's profile and events but publish nothing (the agency approves) and delete nothing
# live; the agency does everything with the network's pages and snippets.
EXPECTED = {
    "anonymous": dict.fromkeys(PAGES + SNIPPETS, (N, N, N, N)),
    "editor_a": {
        "partner_a": (Y, Y, N, N),
        "event_a": (Y, Y, N, N),
        "partner_b": (N, N, N, N),
        "event_b": (N, N, N, N),
        "release": (N, N, N, N),
        "topic": (N, N, N, N),
        "venue": (N, N, N, N),
        "clipping": (N, N, N, N),
    },
    "editor_b": {
        "partner_a": (N, N, N, N),
        "event_a": (N, N, N, N),
        "partner_b": (Y, Y, N, N),
        "event_b": (Y, Y, N, N),
        "release": (N, N, N, N),
        "topic": (N, N, N, N),
        "venue": (N, N, N, N),
        "clipping": (N, N, N, N),
    },
    "agency": dict.fromkeys(PAGES + SNIPPETS, (Y, Y, Y, Y)),
    "admin": dict.fromkeys(PAGES + SNIPPETS, (Y, Y, Y, Y)),
}
CELLS = [(role, obj, action) for role in ROLES for obj in PAGES + SNIPPETS for action in ACTIONS]


def expected(role, obj, action):
    return EXPECTED[role][obj][ACTIONS.index(action)]


def allowed_by_tester(user, network, obj, action):
    instance = getattr(network, obj)
    if obj in PAGES:
        perms = instance.permissions_for_user(user)
        return {
            "view": perms.can_edit() or perms.can_publish(),  # the rule of the draft view
            "edit": perms.can_edit(),
            "publish": perms.can_publish(),
            "delete": perms.can_delete(),
        }[action]
    policy = ModelPermissionPolicy(type(instance))
    # snippets without drafts are published by saving them
    policy_action = {"view": "view", "edit": "change", "publish": "change", "delete": "delete"}
    return policy.user_has_permission(user, policy_action[action])


def snippet_url(instance, view, *args):
    opts = instance._meta
    return reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:{view}", args=args)


def admin_url(network, obj, action):
    instance = getattr(network, obj)
    if obj in PAGES:
        name = {"view": "view_draft", "edit": "edit", "publish": "edit", "delete": "delete"}
        return reverse(f"wagtailadmin_pages:{name[action]}", args=[instance.pk])
    if action == "view":
        return snippet_url(instance, "list")
    return snippet_url(instance, "delete" if action == "delete" else "edit", instance.pk)


@pytest.mark.parametrize("role,obj,action", CELLS)
def test_permission_tester(users, network, role, obj, action):
    assert allowed_by_tester(users[role], network, obj, action) is expected(role, obj, action)


@pytest.mark.parametrize("role,obj,action", CELLS)
def test_admin_view(client, users, network, role, obj, action):
    if role != "anonymous":
        client.force_login(users[role])
    response = client.get(admin_url(network, obj, action))
    allowed = expected(role, obj, action)
    # publishing a page is a button of its edit view: the view opens for whoever may edit
    page_publish = action == "publish" and obj in PAGES
    opens = allowed or (page_publish and expected(role, obj, "edit"))
    if role == "anonymous":
        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))
    elif not opens:
        # Wagtail answers a refusal with a redirect to the dashboard and a message
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")
    else:
        assert response.status_code == 200
        if page_publish:
            html = response.content.decode()
            assert ('name="action-publish"' in html) is allowed
            if not allowed:  # who may not publish submits to the workflow instead
                assert 'name="action-submit"' in html


def test_the_matrix_covers_every_cell():
    assert len(CELLS) == len(ROLES) * 8 * 4 == 160
    assert all(len(row) == 8 for row in EXPECTED.values())


@pytest.mark.parametrize("role", ["editor_a", "editor_b"])
def test_partner_editors_have_no_settings_snippets_or_users(client, users, network, role):
    client.force_login(users[role])
    user = users[role]
    assert not user.has_perm("auth.change_group") and not user.has_perm("auth.change_user")
    assert not user.has_perm("wagtailcore.change_site")
    assert not user.has_perm("widunetz_core.change_chaptersettings")
    assert not user.has_perm("widunetz_partners.add_partnerinvitation")
    for url in (
        reverse("wagtailusers_groups:index"),
        reverse("wagtailusers_users:index"),
        reverse("wagtailsites:index"),
        reverse("wagtailadmin_workflows:index"),
    ):
        response = client.get(url)
        assert response.status_code == 302 and response.url == reverse("wagtailadmin_home"), url
    # nor may they add pages to the directory or the press room
    for parent in (network.directory, network.room):
        assert not parent.permissions_for_user(user).can_add_subpage()
    # but they may add events to the calendar
    assert network.calendar.permissions_for_user(user).can_add_subpage()


def test_translations_of_a_profile_follow_the_group(users, network, locales):
    english_directory = network.directory.copy_for_translation(locales["en"], copy_parents=True)
    english = network.partner_a.copy_for_translation(locales["en"])
    assert english_directory.pk != network.directory.pk
    assert english.permissions_for_user(users["editor_a"]).can_edit()
    assert not english.permissions_for_user(users["editor_b"]).can_edit()


def test_own_new_event_and_organiser_rules(client, users, network):
    """A partner editor creates an event: only with their own partner as organiser."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    from wagtail_widunetz.events.models import EventPage

    client.force_login(users["editor_a"])
    url = reverse(
        "wagtailadmin_pages:add", args=["widunetz_events", "eventpage", network.calendar.pk]
    )
    assert client.get(url).status_code == 200

    def data(partner_ids):
        return nested_form_data(
            {
                "title": "Neues Elterncafé",
                "slug": "neues-elterncafe",
                "start": "2030-03-05 10:00",
                "end": "2030-03-05 12:00",
                "repeat": "",
                "repeat_interval": 1,
                "repeat_monthly": "day",
                "status": "scheduled",
                "attendance_mode": "offline",
                "registration": "none",
                "is_free": "on",
                "date_changes": inline_formset([]),
                "organisers": inline_formset([{"partner": pk} for pk in partner_ids]),
                "event_topics": inline_formset([]),
                "event_target_groups": inline_formset([]),
                "event_languages": inline_formset([]),
                "action-submit": "Submit",
            }
        )

    for wrong in ([], [network.partner_b.pk], [network.partner_a.pk, network.partner_b.pk]):
        response = client.post(url, data(wrong))
        assert response.status_code == 200, wrong
        assert not EventPage.objects.filter(slug="neues-elterncafe").exists()
    response = client.post(url, data([network.partner_a.pk]))
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    event = EventPage.objects.get(slug="neues-elterncafe")
    assert not event.live
    assert event.workflow_in_progress
    assert event.permissions_for_user(users["editor_a"]).can_edit()
    assert not event.permissions_for_user(users["editor_b"]).can_edit()


def test_agency_has_no_settings_users_groups_or_workflows(client, users, network):
    agency = users["agency"]
    client.force_login(agency)
    assert not agency.has_perm("auth.change_group") and not agency.has_perm("auth.change_user")
    assert not agency.has_perm("wagtailcore.change_site")
    assert not agency.has_perm("wagtailcore.change_workflow")
    for url in (
        reverse("wagtailusers_groups:index"),
        reverse("wagtailusers_users:index"),
        reverse("wagtailsites:index"),
        reverse("wagtailadmin_workflows:index"),
    ):
        response = client.get(url)
        assert response.status_code == 302 and response.url == reverse("wagtailadmin_home"), url
    # it may add partners, events and press releases
    for parent in (network.directory, network.calendar, network.room):
        assert parent.permissions_for_user(agency).can_add_subpage()


def test_partner_editor_may_delete_an_own_event_only_while_it_was_never_published(users, network):
    from tests.factories import EventPageFactory

    draft = EventPageFactory(parent=network.calendar, live=False, owner=users["editor_a"])
    assert draft.permissions_for_user(users["editor_a"]).can_delete()
    assert not draft.permissions_for_user(users["editor_b"]).can_delete()
    draft.live = True
    draft.save()
    assert not draft.permissions_for_user(users["editor_a"]).can_delete()
