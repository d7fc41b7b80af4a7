"""Translating pages and snippets through wagtail-localize from code (demo, imports, tests).

Translations made here are ordinary wagtail-localize translations: the strings are stored as
``StringTranslation`` rows, so editors see them in the translation editor and a later sync
from the German source keeps them.
"""

from django.db import transaction
from wagtail_localize.fields import TranslatableField


class TranslatableForeignKey(TranslatableField):
    """A foreign key to a translatable snippet (a venue, a boilerplate text) in
    ``override_translatable_fields``.

    Like wagtail-localize's ``TranslatableField``, a translation points at the snippet's
    translation in its own locale (the source's snippet until that exists). In addition, a key
    cleared in the source is cleared in the translations on the next sync: wagtail-localize
    leaves the old snippet there, because an empty key gives it nothing to translate.
    """

    def is_synchronized(self, source):
        return getattr(source, self.get_field(type(source)).attname) is None

    def __repr__(self):
        return f"<TranslatableForeignKey {self.field_name}>"


@transaction.atomic
def ensure_translation(instance, locale, strings=None, publish=True, user=None):
    """Return ``(translation, created)`` of ``instance`` in ``locale``.

    If the translation does not exist yet, it is created with wagtail-localize; ``strings`` maps
    source texts (msgids) to their translation, anything missing falls back to the source text.
    An existing translation is returned untouched, which keeps callers idempotent.
    """
    from wagtail_localize.models import Translation, TranslationSource

    if instance.locale_id == locale.pk:
        return instance, False
    existing = instance.get_translation_or_none(locale)
    if existing is not None and getattr(existing, "alias_of_id", None) is None:
        return existing, False
    # An alias (a stand-in of a synchronised tree, see synchronise_trees) is turned into a
    # real translation by wagtail-localize below.

    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if strings:
        po = translation.export_po()
        for entry in po:
            if entry.msgid in strings:
                entry.msgstr = strings[entry.msgid]
        translation.import_po(po, user=user, tool_name="wagtail-widunetz")
    # wagtail-localize publishes page translations in ``transaction.on_commit``, from a revision
    # object that still carries the tree fields of the moment it was made: inside an outer
    # atomic block (a management command, a test) that publish overwrites ``numchild`` of pages
    # that got translated children meanwhile, and the children vanish from routing. So pages
    # are saved as drafts and their revision is published here, inside the transaction.
    is_page = hasattr(instance, "get_latest_revision") and hasattr(instance, "path")
    translation.save_target(user=user, publish=publish and not is_page)
    target = instance.get_translation(locale)
    if is_page and publish:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target, True


def synchronise_trees(source_locale=None, stdout=None):
    """Fill every other language's page tree with stand-ins for pages not translated yet.

    wagtail-localize's *synchronised trees* (``wagtail_localize.locales`` in INSTALLED_APPS,
    "Sync from" on each locale in the admin) create an **alias** of every page of the source
    language in each synchronised language until an editor translates it. Visitors of
    ``/ar/...`` then find every partner, event and release in the Arabic tree: translated
    where a translation exists, otherwise the German text with a notice (base template). Lists
    show each item once, in the visitor's language where it exists.

    This turns synchronisation on for every locale (from ``source_locale``, default: the
    default locale) and builds the missing aliases. Aliases made this way are announced with
    Wagtail's ``page_published`` signal, as Wagtail does when it updates aliases, so that
    apps keep derived data (event dates) for them too. Returns the number of aliases created.
    """
    from django.apps import apps
    from wagtail.models import Locale, Page
    from wagtail.signals import page_published

    if not apps.is_installed("wagtail_localize.locales"):
        return 0
    from wagtail_localize.models import LocaleSynchronization
    from wagtail_localize.synctree import PageIndex

    source_locale = source_locale or Locale.get_default()
    before = set(Page.objects.exclude(alias_of=None).values_list("pk", flat=True))
    for locale in Locale.objects.exclude(pk=source_locale.pk):
        sync, created = LocaleSynchronization.objects.get_or_create(
            locale=locale, defaults={"sync_from": source_locale}
        )
        if not created:  # creating one synchronises already (wagtail-localize's signal)
            sync.sync_trees(page_index=PageIndex.from_database().sort_by_tree_position())
    new = Page.objects.exclude(alias_of=None).exclude(pk__in=before).filter(live=True)
    count = 0
    for alias in new.specific().iterator():
        page_published.send(sender=type(alias), instance=alias, revision=None, alias=True)
        count += 1
    if stdout is not None and count:
        stdout.write(f"  {count} untranslated pages stand in for their German originals")
    return count
