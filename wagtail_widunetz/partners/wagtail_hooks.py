"""Admin hooks of partner self-service: the "Self-service" button on a partner page."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from . import selfservice
from .views_admin import can_manage


class SelfServiceButton(PageMenuItem):
    label = _("Self-service")
    icon_name = "group"
    url_name = "widunetz_selfservice:setup"
    priority = 80

    def is_shown(self, user):
        return self.page.specific_class in selfservice.partner_page_models() and can_manage(user)


@hooks.register("register_page_header_buttons")
def partner_header_buttons(page, user, view_name=None, next_url=None):
    yield SelfServiceButton(page=page)


@hooks.register("register_page_listing_more_buttons")
def partner_listing_buttons(page, user, next_url=None):
    yield SelfServiceButton(page=page)
