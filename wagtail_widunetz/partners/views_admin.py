"""Admin views of partner self-service, and the public page where an invitation is accepted.

* Network → Invitations (``PartnerAccessViewSet``): the agency's list of invitations, the form to
  invite a partner contact, withdrawing an open invitation.
* "Self-service" button on a partner page: set up the partner's group (then invite someone).
* ``accept``: the one-time link of the invitation e-mail (public, the person has no login yet).

Everything here needs the permission to add invitations (the agency group has it); setting a
partner up grants only that partner's fixed scope (``selfservice.setup_partner_access``).
"""

import logging

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, login, password_validation
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from . import selfservice
from .invitations import PartnerInvitation

logger = logging.getLogger(__name__)
PERMISSION = "widunetz_partners.add_partnerinvitation"
TEMPLATES = "wagtail_widunetz/partners/selfservice/"


def can_manage(user):
    return user.is_active and user.has_perm(PERMISSION)


def require_manage(request):
    if not can_manage(request.user):
        raise PermissionDenied


class PartnerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class InviteForm(forms.Form):
    partner = PartnerChoiceField(label=_("Partner"), queryset=None)
    email = forms.EmailField(
        label=_("E-mail of the contact person"),
        help_text=_("The person receives a link to set a password. It is valid once."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from wagtail.models import Locale

        self.fields["partner"].queryset = selfservice.partner_pages().filter(
            locale=Locale.get_default()
        )


def invitation_list(request):
    require_manage(request)
    paginator = Paginator(PartnerInvitation.objects.select_related("invited_by", "accepted_by"), 50)
    page_obj = paginator.get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        TEMPLATES + "invitation_list.html",
        {
            "page_title": _("Invitations"),
            "header_icon": "mail",
            "page_obj": page_obj,
            "invitations": page_obj.object_list,
        },
    )


def invite(request):
    require_manage(request)
    initial = {}
    if request.GET.get("partner", "").isdigit():
        initial["partner"] = request.GET["partner"]
    form = InviteForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        partner = form.cleaned_data["partner"]
        email = form.cleaned_data["email"]
        try:
            with transaction.atomic():
                group = selfservice.setup_partner_access(partner)
                invitation, token = PartnerInvitation.create(
                    email, group, partner.title, invited_by=request.user
                )
                invitation.send(token, request)
        except Exception:  # mail server down, ...: nothing is kept, the agency is told
            logger.exception("Sending a partner invitation failed")
            messages.error(request, _("The invitation could not be sent. Please try again later."))
        else:
            messages.success(
                request,
                _("Invitation for %(partner)s sent to %(email)s.")
                % {"partner": partner.title, "email": email},
            )
            return redirect("widunetz_selfservice:index")
    return TemplateResponse(
        request,
        TEMPLATES + "invite.html",
        {"page_title": _("Invite a partner contact"), "header_icon": "mail", "form": form},
    )


def withdraw(request, pk):
    require_manage(request)
    invitation = get_object_or_404(PartnerInvitation, pk=pk)
    if request.method == "POST":
        invitation.delete()
        messages.success(request, _("Invitation withdrawn."))
    return redirect("widunetz_selfservice:index")


def setup_access(request, page_id):
    """Confirm, then set a partner up for self-service (the partner page's header button)."""
    require_manage(request)
    partner = get_object_or_404(selfservice.partner_pages(), pk=page_id).specific
    group = selfservice.partner_group(partner)
    if request.method == "POST":
        group = selfservice.setup_partner_access(partner)
        messages.success(
            request,
            _("The group “%(group)s” can now edit %(partner)s. Invite its contact persons.")
            % {"group": group.name, "partner": partner.title},
        )
        return redirect(reverse("widunetz_selfservice:invite") + f"?partner={partner.pk}")
    members = group.user_set.order_by("email") if group else []
    return TemplateResponse(
        request,
        TEMPLATES + "setup.html",
        {
            "page_title": _("Self-service for %(partner)s") % {"partner": partner.title},
            "header_icon": "group",
            "partner": partner,
            "group": group,
            "members": members,
        },
    )


class PartnerAccessViewSet(ViewSet):
    """The "Invitations" entry of the Network menu (shown to whoever may invite)."""

    name = "widunetz_selfservice"
    icon = "mail"
    menu_label = _("Invitations")

    @property
    def menu_item_class(self):
        class InvitationMenuItem(MenuItem):
            def is_shown(self, request):
                return can_manage(request.user)

        return InvitationMenuItem

    def get_urlpatterns(self):
        return [
            path("", invitation_list, name="index"),
            path("invite/", invite, name="invite"),
            path("<int:pk>/withdraw/", withdraw, name="withdraw"),
            path("partner/<int:page_id>/", setup_access, name="setup"),
        ]


# -- accepting an invitation (public) -----------------------------------------------------


class NewAccountForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self):
        cleaned_data = super().clean()
        password1, password2 = cleaned_data.get("password1"), cleaned_data.get("password2")
        if password1 and password2:
            if password1 != password2:
                self.add_error("password2", _("The two passwords differ."))
            else:
                user = get_user_model()(
                    email=self.email,
                    first_name=cleaned_data.get("first_name", ""),
                    last_name=cleaned_data.get("last_name", ""),
                )
                try:
                    password_validation.validate_password(password1, user)
                except forms.ValidationError as error:
                    self.add_error("password1", error)
        return cleaned_data


class ExistingAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password


def existing_user(email):
    User = get_user_model()
    return User._default_manager.filter(email__iexact=email, is_active=True).order_by("pk").first()


def create_user(email, first_name, last_name, password):
    User = get_user_model()
    fields = {"email": email, "first_name": first_name, "last_name": last_name}
    username_field = User.USERNAME_FIELD
    if username_field != "email":
        base = email[: User._meta.get_field(username_field).max_length]
        username, n = base, 1
        while User._default_manager.filter(**{username_field: username}).exists():
            n += 1
            username = f"{base[:140]}-{n}"
        fields[username_field] = username
    user = User(**fields)
    user.set_password(password)
    user.save()
    return user


def refuse(request, reason, status):
    return TemplateResponse(
        request, TEMPLATES + "invitation_invalid.html", {"reason": reason}, status=status
    )


@never_cache
@sensitive_post_parameters("password", "password1", "password2")
def accept(request, token):
    invitation = PartnerInvitation.objects.for_token(token)
    if invitation is None:
        # 400, not 404: Django's LocaleMiddleware would redirect a 404 to /de/invitation/...
        return refuse(request, "unknown", 400)
    if invitation.accepted_at is not None:
        return refuse(request, "used", 410)
    if invitation.is_expired:
        return refuse(request, "expired", 410)
    user = existing_user(invitation.email)
    data = request.POST if request.method == "POST" else None
    form = (
        ExistingAccountForm(data, user=user)
        if user
        else NewAccountForm(data, email=invitation.email)
    )
    if data is not None and form.is_valid():
        with transaction.atomic():
            if user is None:
                user = create_user(
                    invitation.email,
                    form.cleaned_data["first_name"],
                    form.cleaned_data["last_name"],
                    form.cleaned_data["password1"],
                )
            if not invitation.mark_accepted(user):
                transaction.set_rollback(True)
                return refuse(request, "used", 410)
            user.groups.add(invitation.group)
        login(request, user, backend=settings.AUTHENTICATION_BACKENDS[0])
        messages.success(
            request,
            _("Welcome! You can now edit the profile and events of %(partner)s.")
            % {"partner": invitation.partner_title},
        )
        return redirect("wagtailadmin_home")
    return TemplateResponse(
        request,
        TEMPLATES + "accept.html",
        {"invitation": invitation, "form": form, "existing_user": user},
    )
