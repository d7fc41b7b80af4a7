"""Admin: barrier reports, read-only, in the "Network" menu.

Reports come from visitors; editors read (and, for data protection, may delete) them, but nobody
creates or changes one in the admin. Named in ``WidunetzCoreConfig.widunetz_admin_viewsets``.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from .accessibility import BarrierReport

try:  # Wagtail 8 keeps policies in a registry
    from wagtail.permissions import register_permission_policy
except ImportError:  # Wagtail 7.4 asks the viewset
    register_permission_policy = None

READ_ONLY_DENIED = frozenset({"add", "change"})


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, minus adding and changing."""

    def user_has_permission(self, user, action):
        return action not in READ_ONLY_DENIED and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, set(actions) - READ_ONLY_DENIED)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(set(actions) - READ_ONLY_DENIED)


class BarrierReportViewSet(SnippetViewSet):
    model = BarrierReport
    icon = "warning"
    menu_label = _("Barrier reports")
    url_prefix = "widunetz/barrier-reports"
    list_display = ["__str__", "page_url", "language", "created_at", "email_sent"]
    list_filter = ["email_sent", "language"]
    list_export = ["created_at", "name", "email", "page_url", "language", "description"]
    ordering = ["-created_at", "-pk"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "created_at",
        "site",
        "language",
        "name",
        "email",
        "page_url",
        "description",
        "email_sent",
    ]
    copy_view_enabled = False

    if register_permission_policy is None:

        @property
        def permission_policy(self):
            return READ_ONLY_POLICY


READ_ONLY_POLICY = ReadOnlyPermissionPolicy(BarrierReport)
if register_permission_policy is not None:
    register_permission_policy(BarrierReport, READ_ONLY_POLICY, exact_class=True)
