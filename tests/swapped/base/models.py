"""The chapter's own base page model (as Wagtail's own test suite defines one).

It sits in an app of its own with hand-split migrations (create, bootstrap, finalise), copied
from Wagtail 8's test app: Wagtail's migrations depend on the swapped model, so its first
migration must not depend on them.
"""

from django.db import models
from wagtail.models import AbstractPage


class ChapterBasePage(AbstractPage):
    importance = models.CharField(max_length=255, blank=True, null=True)

    promote_panels = AbstractPage.promote_panels + ["importance"]
