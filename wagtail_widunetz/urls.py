"""URLs of wagtail-widunetz outside Wagtail's page tree (optional, but recommended).

Include them before Wagtail's catch-all, outside ``i18n_patterns``::

    path("widunetz/", include("wagtail_widunetz.urls")),

Feeds are then served at ``/widunetz/<page id>/<name>/`` (see ``core.views``) and the pages
link there; without the include they link to their own ``./ical/``, ``./feed/`` routes.
"""

from django.urls import path

from .core.views import page_endpoint

urlpatterns = [
    path("<int:page_id>/<slug:name>/", page_endpoint, name="widunetz_endpoint"),
]
