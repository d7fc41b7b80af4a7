"""Embargo: every translation of a press release follows the go-live time of its source.

wagtail-localize does not copy ``go_live_at`` to translations when it syncs them, and a
translation published by a translator goes live at once: an embargoed release would appear in
English while the German original waits for its date. ``PressReleasePageMixin`` declares
``go_live_at`` and ``expire_at`` as synchronised fields, and this receiver closes the remaining
gaps whenever any language version of a release is published or scheduled:

* the *source* (the language wagtail-localize translates from) is scheduled for the future:
  every translation is taken off the site and scheduled for the same moment;
* a *translation* is published while its source is still embargoed: it is taken off the site
  again and scheduled for the source's go-live time;
* the source goes live: translations that were held back go live with it; ``expire_at`` is
  copied to every translation, so they expire together.
"""

import contextvars
import logging

from django.utils import timezone
from wagtail.models import Locale
from wagtail.signals import page_published

logger = logging.getLogger(__name__)

_applying = contextvars.ContextVar("widunetz_press_embargo", default=False)


def source_locale_id(page):
    """Locale of the version wagtail-localize translates from (the default locale otherwise)."""
    try:
        from wagtail_localize.models import TranslationSource
    except ImportError:  # pragma: no cover - wagtail-localize is a dependency
        TranslationSource = None
    if TranslationSource is not None:
        locale_id = (
            TranslationSource.objects.filter(object_id=page.translation_key)
            .values_list("locale_id", flat=True)
            .first()
        )
        if locale_id:
            return locale_id
    try:
        return Locale.get_default().pk
    except Locale.DoesNotExist:
        return page.locale_id


def embargo_of(page):
    """The future go-live time of a page that is not live yet, else ``None``."""
    if not page.live and page.go_live_at and page.go_live_at > timezone.now():
        return page.go_live_at
    return None


def same_moment(a, b):
    """wagtail-localize stores synchronised datetimes to the millisecond: compare to a second."""
    if a is None or b is None:
        return a is b
    return abs((a - b).total_seconds()) < 1


def hold_back(page, go_live_at):
    """Take ``page`` off the site and schedule its content for ``go_live_at``."""
    obj = page if page.live else page.get_latest_revision_as_object()
    if page.live:
        page.unpublish(log_action="wagtail.unpublish")
    obj.go_live_at = go_live_at
    obj.expire_at = obj.expire_at if obj.expire_at and obj.expire_at > go_live_at else None
    obj.live = False
    revision = obj.save_revision(log_action=False, clean=False)
    revision.publish(log_action=True)
    logger.info("Embargo: %s (%s) scheduled for %s", page.pk, page.locale_id, go_live_at)


def release_with_source(page, go_live_at):
    """Publish the held-back (scheduled) version of ``page`` now, with the source."""
    revision = page.revisions.filter(approved_go_live_at__isnull=False).order_by("-pk").first()
    if revision is None:
        return
    obj = revision.as_object()
    obj.go_live_at = go_live_at
    revision = obj.save_revision(log_action=False, clean=False)
    revision.publish(log_action=True)


def apply_embargo(instance):
    from .models import PressReleasePageMixin

    model = type(instance)
    versions = {
        p.locale_id: p
        for p in model.objects.filter(translation_key=instance.translation_key).order_by("pk")
    }
    if len(versions) < 2:
        return
    source = versions.get(source_locale_id(instance))
    if source is None or not isinstance(source, PressReleasePageMixin):
        return
    embargo = embargo_of(source)
    translations = [p for p in versions.values() if p.pk != source.pk]
    if instance.pk != source.pk:
        # A translation was published or scheduled: it may not go live before its source.
        if embargo and (instance.live or not same_moment(instance.go_live_at, embargo)):
            hold_back(instance, embargo)
        return
    for translation in translations:
        if embargo:
            if translation.live or not same_moment(translation.go_live_at, embargo):
                hold_back(translation, embargo)
        elif source.live and not translation.live:
            release_with_source(translation, source.go_live_at)
    if source.live:
        model.objects.filter(pk__in=[t.pk for t in translations]).exclude(
            expire_at=source.expire_at
        ).update(expire_at=source.expire_at)


def on_page_published(sender, instance, **kwargs):
    from .models import PressReleasePageMixin

    if not isinstance(instance, PressReleasePageMixin) or _applying.get():
        return
    token = _applying.set(True)
    try:
        apply_embargo(instance)
    finally:
        _applying.reset(token)


def connect():
    page_published.connect(on_page_published, dispatch_uid="widunetz_press_embargo")
