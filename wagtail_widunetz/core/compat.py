"""Differences between the Wagtail versions we support (7.4 LTS and 8.x).

Wagtail 8 lets a site swap its base page model (``WAGTAIL_PAGE_MODEL``, managed by ``swapper``);
Wagtail 7.4 has neither the setting nor ``swapper``.
"""

from django.conf import settings


def page_model_name():
    """``"app_label.Model"`` of the site's base page model (``"wagtailcore.Page"`` by default)."""
    return getattr(settings, "WAGTAIL_PAGE_MODEL", "wagtailcore.Page")


def page_model_swapped():
    """True on a Wagtail 8 site whose base page model is not Wagtail's own ``Page``.

    On such a site the package's feature apps define no concrete page models (they would
    subclass a swapped-out model); the site builds its pages from the abstract mixins.
    """
    return page_model_name().lower() != "wagtailcore.page"


def get_page_model():
    """The active base page model class (call after the app registry is ready)."""
    try:
        import swapper
    except ImportError:  # Wagtail 7.4
        from wagtail.models import Page

        return Page
    return swapper.load_model("wagtailcore", "Page")


def unless_page_model_swapped(operations):
    """Migration operations for models that exist only with Wagtail's own ``Page``.

    The feature apps' concrete page models (and the models hanging on them) are abstract on a
    site with a swapped base page model, so their migrations must not create tables there.
    """
    return [] if page_model_swapped() else list(operations)
