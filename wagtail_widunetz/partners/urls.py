"""The public page where a partner contact accepts an invitation (the link in the e-mail).

Include it outside ``i18n_patterns`` and before Wagtail's own URLs, e.g.::

    path("invitation/", include("wagtail_widunetz.partners.urls")),

It cannot live under the admin's URLs, which all require a login.
"""

from django.urls import path

from .views_admin import accept

urlpatterns = [
    path("<str:token>/", accept, name="widunetz_partner_invitation"),
]
