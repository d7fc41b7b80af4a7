"""Query counts of the invitation pages: constant from 10 to 1,000 invitations.

The accept page (public) looks the invitation up by the hash of its token, whatever the number
of invitations; the agency's list pages them by 50.
"""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail_widunetz.partners.invitations import PartnerInvitation, hash_token

ACCEPT_BUDGET = 3  # the invitation (with its group), the account with that e-mail, the locale
LIST_BUDGET = 12  # Wagtail's admin shell (session, user, permissions, menus), count, one page


def add_invitations(network, agency_user, n, offset=0):
    now = timezone.now()
    PartnerInvitation.objects.bulk_create(
        PartnerInvitation(
            email=f"kontakt{i}@example.org",
            group=network.group_a,
            partner_title=network.partner_a.title,
            token_hash=hash_token(f"token-{i}-" + "x" * 30),
            created_at=now,
            expires_at=now + datetime.timedelta(days=14),
            invited_by=agency_user,
        )
        for i in range(offset, offset + n)
    )


def count(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


def test_accept_page_query_count_is_constant(client, network, users):
    add_invitations(network, users["agency"], 10)
    invitation, token = PartnerInvitation.create(
        "neu@example.org", network.group_a, network.partner_a.title
    )
    path = reverse("widunetz_partner_invitation", args=[token])
    before = count(client, path)
    add_invitations(network, users["agency"], 990, offset=10)
    after = count(client, path)
    assert before == after <= ACCEPT_BUDGET


def test_invitation_list_query_count_is_constant(client, network, users):
    add_invitations(network, users["agency"], 10)
    client.force_login(users["agency"])
    path = reverse("widunetz_selfservice:index")
    before = count(client, path)
    add_invitations(network, users["agency"], 990, offset=10)
    after = count(client, path)
    assert before == after <= LIST_BUDGET
