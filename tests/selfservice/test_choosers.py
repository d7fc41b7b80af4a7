"""Partner editors can use the choosers their forms need (venues, topics, partners, images)."""

from django.urls import reverse


def test_partner_editor_can_choose_venues_topics_and_partners(client, users, network):
    client.force_login(users["editor_a"])
    for url in (
        reverse("wagtailsnippetchoosers_widunetz_events_venue:choose"),
        reverse("wagtailsnippetchoosers_widunetz_core_topic:choose"),
        reverse("wagtailadmin_choose_page"),
        reverse("wagtailimages_chooser:choose"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
