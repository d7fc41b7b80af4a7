"""The moderation round trip in a real browser: the partner editor submits a change, the agency
approves it, the visitor sees it. Each person has their own browser context (own session)."""

import pytest

from .conftest import VisitorPage

pytestmark = pytest.mark.browser

NEW_TEXT = "Neu im Familienzentrum: Elterncafé jeden Dienstag um 9 Uhr."
PASSWORD = "widunetz-demo"  # the demo's logins, see docs/admin/self-service.md  # noqa: S105


@pytest.fixture
def person(browser, demo_server):
    contexts = []

    def open_as(username=None):
        context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
        contexts.append(context)
        tab = VisitorPage(context.new_page(), demo_server)
        if username:
            tab.goto("/admin/login/")
            tab.page.fill("#id_username", username)
            tab.page.fill("#id_password", PASSWORD)
            tab.page.locator("form.login-form button[type=submit]").click()
            tab.page.wait_for_url("**/admin/")
        return tab

    yield open_as
    for context in contexts:
        context.close()


def footer_menu(tab):
    """Open the dropdown of more actions in the editor's footer."""
    tab.page.locator("footer [data-w-dropdown-target='toggle']").first.click()


def test_partner_editor_submits_agency_approves_visitor_sees_it(person):
    from wagtail_widunetz.partners import selfservice

    partner = selfservice.partner_pages().get(
        slug=selfservice.DEMO_PARTNER, locale__language_code="de"
    )
    original = partner.specific.short_description
    edit_path = f"/admin/pages/{partner.pk}/edit/"
    profile_path = partner.url

    editor = person("kita-ottelau")
    editor.goto(edit_path)
    editor.page.fill("#id_short_description", NEW_TEXT)
    footer_menu(editor)
    editor.page.locator("button[name='action-submit']").click()
    editor.page.wait_for_load_state()
    assert editor.page.locator(".messages .success").count() >= 1
    # the partner editor has no publish button anywhere
    editor.goto(edit_path)
    assert editor.page.locator("button[name='action-publish']").count() == 0

    # not live yet
    visitor = person()
    visitor.goto(profile_path)
    assert NEW_TEXT not in visitor.page.content()

    agency = person("agentur")
    agency.goto(edit_path)
    footer_menu(agency)
    agency.page.locator(
        "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
    ).click()
    agency.page.wait_for_load_state()
    agency.page.wait_for_selector(".messages .success")

    visitor.goto(profile_path)
    assert NEW_TEXT in visitor.page.content()
    assert visitor.foreign_requests == []

    # The agency publishes directly. (This also puts the demo back: on PostgreSQL the live
    # server's writes are committed, not rolled back with the test.)
    agency.goto(edit_path)
    agency.page.fill("#id_short_description", original)
    footer_menu(agency)
    agency.page.locator("button[name='action-publish']").click()
    agency.page.wait_for_selector(".messages .success")
    visitor.goto(profile_path)
    assert NEW_TEXT not in visitor.page.content()


def test_invitation_to_first_login(person):
    """The agency invites a contact; the contact opens the link, sets a password, is in."""
    import re

    from django.core import mail

    from .conftest import assert_no_axe_violations

    mail.outbox.clear()
    agency = person("agentur")
    agency.goto("/admin/widunetz_selfservice/invite/")
    agency.page.select_option("#id_partner", label="Familienzentrum DRK Kita Ottelau")
    agency.page.fill("#id_email", "neue.leitung@kita-ottelau.example")
    agency.page.locator("main form button[type=submit]").click()
    agency.page.wait_for_selector(".messages .success")
    assert "neue.leitung@kita-ottelau.example" in agency.page.content()
    (message,) = mail.outbox
    link = re.search(r"https?://[^/\s]+(/invitation/[^/\s]+/)", message.body).group(1)

    contact = person()
    contact.goto(link)
    assert "Familienzentrum DRK Kita Ottelau" in contact.page.content()
    assert_no_axe_violations(contact.axe(context="main"))
    contact.page.fill("#id_first_name", "Nora")
    contact.page.fill("#id_last_name", "Leitung")
    contact.page.fill("#id_password1", "Ottelau-Kita-2026!")
    contact.page.fill("#id_password2", "Ottelau-Kita-2026!")
    contact.page.locator("main form button[type=submit]").click()
    contact.page.wait_for_url("**/admin/")
    contact.page.wait_for_load_state("networkidle")
    # (the admin would fetch an avatar from gravatar.com unless WAGTAIL_GRAVATAR_PROVIDER_URL
    # is None, as in the example site)
    assert contact.foreign_requests == []
    # the link is used up: a friendly page, not an error
    response = contact.page.goto(contact.base_url + link)
    assert response.status == 410
    assert contact.page.locator("main h1").count() == 1
