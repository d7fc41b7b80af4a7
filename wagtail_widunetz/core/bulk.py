"""Fast creation of many pages at once, for scale data (``widunetz_generate``) and tests.

``parent.add_child()`` costs a dozen queries per page (tree locking, revision, logging, search
index). For thousands of benchmark items this module writes the tree rows directly: one bulk
insert for the base page rows, one insert per page for the concrete table (Django cannot bulk
insert multi-table models), one update of the parent's ``numchild``. Pages are created live,
without revisions; editing one in the admin creates its first revision as usual.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from . import cache


def base_page_model(model):
    """The concrete root of ``model``'s multi-table chain (``wagtailcore.Page`` or a swap)."""
    parents = model._meta.get_parent_list()
    return parents[-1] if parents else model


@transaction.atomic
def bulk_add_children(parent, pages, batch_size=500):
    """Append ``pages`` (unsaved instances of one concrete page model) as children of ``parent``.

    Sets the tree fields, locale, URL path and publication state; returns the saved pages.
    """
    if not pages:
        return []
    model = type(pages[0])
    if len(model._meta.get_parent_list()) > 1:
        raise NotImplementedError(
            f"{model.__name__} has intermediate concrete page models; use add_child() instead."
        )
    base = base_page_model(model)
    parent = base.objects.select_for_update().get(pk=parent.pk)
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    depth = parent.depth + 1
    for offset, page in enumerate(pages, start=parent.numchild + 1):
        page.depth = depth
        page.path = base._get_path(parent.path, depth, offset)
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.content_type = content_type
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.last_published_at or now
        page.translation_key = page.translation_key or uuid.uuid4()

    base_fields = [f for f in base._meta.concrete_fields if not f.primary_key]
    base_rows = [base(**{f.attname: getattr(p, f.attname) for f in base_fields}) for p in pages]
    base.objects.bulk_create(base_rows, batch_size=batch_size)
    if any(row.pk is None for row in base_rows):  # backends that cannot return ids
        paths = {row.path: row for row in base_rows}
        for pk, path in base.objects.filter(path__in=paths).values_list("pk", "path"):
            paths[path].pk = pk

    ptr = model._meta.parents.get(base)
    for page, row in zip(pages, base_rows, strict=True):
        page.pk = row.pk
        setattr(page, base._meta.pk.attname, row.pk)  # ``id`` of the base row, not only ``pk``
        if ptr is not None:
            setattr(page, ptr.attname, row.pk)
        page._state.adding = False
        # raw=True saves only the concrete table: the base row exists already.
        page.save_base(raw=True, force_insert=True)

    base.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    cache.bump()  # raw saves do not invalidate the shared cache (see core.cache)
    return pages
