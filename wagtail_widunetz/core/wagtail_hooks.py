"""Admin: the "Network" menu group with the shared vocabulary."""

from django.apps import apps
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import District, Language, TargetGroup, Topic


class FacetViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    list_export = ["name", "slug", "description", "sort_order"]
    ordering = ["sort_order", "name"]
    copy_view_enabled = False


class TopicViewSet(FacetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")


class TargetGroupViewSet(FacetViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = _("Target groups")


class DistrictViewSet(FacetViewSet):
    model = District
    icon = "site"
    menu_label = _("Districts")


class LanguageViewSet(SnippetViewSet):
    model = Language
    icon = "globe"
    menu_label = _("Languages")
    list_display = ["name", "endonym", "code", "direction"]
    list_filter = ["direction"]
    list_export = ["name", "endonym", "code", "direction"]
    ordering = ["sort_order", "name"]
    copy_view_enabled = False


class NetworkViewSetGroup(SnippetViewSetGroup):
    """The "Netzwerk" menu.

    Other apps put their snippets into it by naming their viewsets in their AppConfig's
    ``widunetz_admin_viewsets`` (dotted paths), so ``core`` never imports them and the menu
    holds exactly the apps a chapter installed.
    """

    menu_label = _("Network")
    menu_name = "widunetz"
    menu_icon = "globe"
    menu_order = 250
    items = [TopicViewSet, TargetGroupViewSet, DistrictViewSet, LanguageViewSet]

    def __init__(self):
        extra = [
            import_string(path)
            for config in apps.get_app_configs()
            for path in getattr(config, "widunetz_admin_viewsets", ())
        ]
        self.items = [*type(self).items, *extra]
        super().__init__()


register_snippet(NetworkViewSetGroup)


@hooks.register("after_create_page", order=100)
def announce_new_aliases(request, page):
    """Stand-ins made by wagtail-localize's synchronised trees count as published pages.

    wagtail-localize creates an alias of a new page in every synchronised language (in its own
    ``after_create_page`` hook, which runs before this one) without Wagtail's
    ``page_published`` signal, which Wagtail itself sends whenever it *updates* an alias. Send it
    for the new live aliases too, so apps keep their derived data (event dates) for them.
    """
    from wagtail.signals import page_published

    from .compat import get_page_model

    for alias in get_page_model().objects.filter(alias_of=page, live=True).specific():
        page_published.send(sender=type(alias), instance=alias, revision=None, alias=True)
