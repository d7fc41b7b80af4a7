"""Admin panel that reads a recurrence back to the editor and previews the next dates."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class RecurrencePreviewPanel(Panel):
    """Shows "every 2nd Tuesday, 15:00 to 17:00, until 30 June" and the next dates.

    It reads the saved draft: after "Save draft" the editor sees the dates the rule gives,
    before publishing. The page preview shows them too, computed from the unsaved form.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Dates this gives"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "recurrence_preview"

    class BoundPanel(Panel.BoundPanel):
        template_name = "wagtail_widunetz/events/admin/recurrence_preview.html"

        def get_context_data(self, parent_context=None):
            from .recurrence import RecurrenceError
            from .text import describe, status_label

            context = super().get_context_data(parent_context)
            page = self.instance
            context["description"] = ""
            context["dates"] = []
            context["time_zone"] = "UTC"
            if page is not None and getattr(page, "start", None) and getattr(page, "end", None):
                try:
                    context["description"] = describe(page)
                    context["dates"] = [
                        {"occurrence": occ, "label": status_label(occ.status)}
                        for occ in page.next_dates(10)
                    ]
                    context["time_zone"] = page.widunetz_tz_name
                except (RecurrenceError, ValueError, TypeError):
                    context["description"] = _("The rule cannot be read; check the fields.")
            return context
