"""Shared caching of what every page of the package reads: settings, translations, restrictions.

Every page renders the chapter's settings, the list of its translations (language switcher and
``hreflang`` links) and needs the site's view restrictions to keep private pages out of lists.
Read from the database, that is three queries on every page. They change only when an editor
saves settings, publishes, moves or deletes a page, or changes a view restriction, so they are
kept in Django's cache under a *generation* number that each of those events bumps.

The cache is Django's configured cache (``WIDUNETZ_CACHE`` names an alias, default
``"default"``), like Wagtail's own cache of site root paths. With several worker processes use a
shared cache (Redis, Memcached, database): a per-process ``LocMemCache`` serves a worker's
stale copy for up to ``WIDUNETZ_CACHE_TIMEOUT`` seconds after an edit made through another
worker. ``WIDUNETZ_CACHE_TIMEOUT = 0`` switches the caching off.
"""

import uuid

from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from .conf import get_setting

GENERATION_KEY = "widunetz:generation"


def _cache():
    return caches[get_setting("CACHE")]


def enabled():
    return get_setting("CACHE_TIMEOUT") > 0


def generation():
    """The current generation: a random token, replaced whenever cached content goes stale."""
    cache = _cache()
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = uuid.uuid4().hex
        # add(): two processes starting at once agree on one token.
        if not cache.add(GENERATION_KEY, value, timeout=None):
            value = cache.get(GENERATION_KEY) or value
    return value


def bump(**kwargs):
    """Invalidate everything cached under the current generation (after the transaction commits)."""

    def replace():
        _cache().set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)

    replace()
    # A request racing the transaction may re-cache old data under the new token: replace it
    # once more when the change is visible to other connections.
    transaction.on_commit(replace)


def get_or_set(request, name, compute):
    """``compute()`` cached per request and, under the current generation, in Django's cache.

    ``name`` must identify the value completely (site, page, language...).
    """
    memo = None
    if request is not None:
        memo = getattr(request, "_widunetz_cache", None)
        if memo is None:
            memo = request._widunetz_cache = {}
        if name in memo:
            return memo[name]
    if enabled():
        key = f"widunetz:{generation()}:{name}"
        cache = _cache()
        value = cache.get(key, _MISSING)
        if value is _MISSING:
            value = compute()
            cache.set(key, value, timeout=get_setting("CACHE_TIMEOUT"))
    else:
        value = compute()
    if memo is not None:
        memo[name] = value
    return value


_MISSING = object()


def _page_saved(sender, instance, raw=False, **kwargs):
    from .compat import get_page_model

    # Raw saves (fixtures, ``core.bulk``) bump once for the whole batch themselves.
    if not raw and isinstance(instance, get_page_model()):
        bump()


def _changed_unless_created(sender, created=False, **kwargs):
    # A setting created with its defaults on first read holds nothing cached yet.
    if not created:
        bump()


def connect():
    """Bump the generation whenever something the cached values depend on changes."""
    from wagtail import signals as wagtail_signals
    from wagtail.models import Locale, PageViewRestriction, Site

    from .compat import get_page_model
    from .models import ChapterSettings

    page_model = get_page_model()
    # Publishing, unpublishing, reverting and creating all save the page row: post_save is
    # sent for the concrete class, so listen to every sender and check the type.
    post_save.connect(_page_saved, dispatch_uid="widunetz_cache_page_saved")
    # A deleted page deletes its base-model row too: one signal for every page type.
    post_delete.connect(bump, sender=page_model, dispatch_uid="widunetz_cache_page_deleted")
    wagtail_signals.page_unpublished.connect(bump, dispatch_uid="widunetz_cache_unpublished")
    wagtail_signals.post_page_move.connect(bump, dispatch_uid="widunetz_cache_moved")
    for model in (PageViewRestriction, Site, Locale, ChapterSettings):
        uid = f"widunetz_cache_{model._meta.label_lower}"
        receiver = _changed_unless_created if model is ChapterSettings else bump
        post_save.connect(receiver, sender=model, dispatch_uid=f"{uid}_saved")
        post_delete.connect(bump, sender=model, dispatch_uid=f"{uid}_deleted")
