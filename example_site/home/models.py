"""The chapter's home page in the example site: an ordinary Wagtail page of the chapter's own."""

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from wagtail_widunetz.core.blocks import NetworkSearchBlock
from wagtail_widunetz.core.blocks_accessibility import EasyLanguageBlock, SignLanguageVideoBlock
from wagtail_widunetz.core.pages import WidunetzPageMixin
from wagtail_widunetz.events.blocks import UpcomingEventsBlock
from wagtail_widunetz.partners.blocks import PartnerTeaserBlock
from wagtail_widunetz.press.blocks import LatestPressBlock


class HomePage(WidunetzPageMixin, Page):
    body = StreamField(
        [
            (
                "heading",
                blocks.CharBlock(form_classname="title", template="home/blocks/heading.html"),
            ),
            ("paragraph", blocks.RichTextBlock()),
            # BITV 2.0 asks public bodies for both on the home page.
            ("easy_language", EasyLanguageBlock()),
            ("sign_language_video", SignLanguageVideoBlock()),
            # The package's embeddable blocks work on a page model of the chapter's own.
            ("network_search", NetworkSearchBlock()),
            ("upcoming_events", UpcomingEventsBlock()),
            ("partner_teasers", PartnerTeaserBlock()),
            ("latest_press", LatestPressBlock()),
        ],
        blank=True,
        use_json_field=True,
    )

    content_panels = Page.content_panels + [FieldPanel("body")]
    template = "home/home_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["network_sections"] = self.get_children().live().public().in_menu()
        return context
