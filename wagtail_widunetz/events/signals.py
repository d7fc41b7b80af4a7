"""Keep ``EventOccurrence`` in step with publishing: publish writes, unpublish and delete remove.

Connected in ``WidunetzEventsConfig.ready()`` for every page class (``sender`` is the concrete
class, which may be a site's own subclass of ``EventPageMixin``).
"""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from . import occurrences


def _is_event(instance):
    from .models import EventPageMixin

    return isinstance(instance, EventPageMixin)


def on_published(sender, instance, **kwargs):
    if _is_event(instance):
        occurrences.materialise(instance)


def on_unpublished(sender, instance, **kwargs):
    if _is_event(instance):
        occurrences.remove(instance)


def on_deleted(sender, instance, **kwargs):
    # Sent for the base page row of every deleted page (see connect()): its type from the
    # content type, which Django caches.
    from .models import EventPageMixin

    page_class = getattr(instance, "specific_class", None)
    if page_class is not None and issubclass(page_class, EventPageMixin):
        occurrences.remove(instance)


def on_saved_raw(sender, instance, raw=False, **kwargs):
    """Pages written without publishing (fixtures, ``core.bulk``) that arrive live."""
    if raw and _is_event(instance) and instance.live and not occurrences.is_bulk_mode():
        occurrences.materialise(instance)


def connect():
    page_published.connect(on_published, dispatch_uid="widunetz_events_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="widunetz_events_unpublished")
    # Only for the base page model: a receiver for every sender would stop Django's fast
    # deletes (one DELETE ... WHERE) for every model of the project.
    from wagtail_widunetz.core.compat import get_page_model

    post_delete.connect(on_deleted, sender=get_page_model(), dispatch_uid="widunetz_events_deleted")
    post_save.connect(on_saved_raw, dispatch_uid="widunetz_events_saved_raw")
