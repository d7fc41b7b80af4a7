"""Invitations of partner contacts to the admin (partner self-service).

The agency enters a contact's e-mail for a partner; the contact gets a one-time link, sets a
password (or confirms the one of their existing account) and becomes a member of the partner's
group. Only a SHA-256 hash of the token is stored: a leaked database does not hold working
links. An invitation is used once and expires after ``WIDUNETZ_INVITATION_DAYS`` days.
"""

import datetime
import hashlib
import secrets

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.db import models, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wagtail_widunetz.core.conf import get_setting


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationQuerySet(models.QuerySet):
    def usable(self, now=None):
        return self.filter(accepted_at__isnull=True, expires_at__gt=now or timezone.now())

    def for_token(self, token):
        """The invitation of a raw token (None for anything that is not one of ours)."""
        if not isinstance(token, str) or not 20 <= len(token) <= 100:
            return None
        return self.filter(token_hash=hash_token(token)).select_related("group").first()


class PartnerInvitation(models.Model):
    """One invitation of one e-mail address into one partner group."""

    email = models.EmailField(_("e-mail"))
    group = models.ForeignKey(
        Group, verbose_name=_("group"), on_delete=models.CASCADE, related_name="+"
    )
    partner_title = models.CharField(_("partner"), max_length=255)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("sent"), default=timezone.now, editable=False)
    expires_at = models.DateTimeField(_("expires"), editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True, editable=False)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("accepted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.email} → {self.partner_title}"

    @property
    def is_expired(self):
        return self.expires_at <= timezone.now()

    @property
    def status(self):
        if self.accepted_at:
            return _("accepted")
        if self.is_expired:
            return _("expired")
        return _("open")

    @classmethod
    @transaction.atomic
    def create(cls, email, group, partner_title, invited_by=None):
        """Store a new invitation; returns ``(invitation, raw_token)``.

        The raw token exists only in the return value and the e-mail.
        """
        token = secrets.token_urlsafe(32)
        now = timezone.now()
        invitation = cls.objects.create(
            email=email.strip(),
            group=group,
            partner_title=partner_title[:255],
            token_hash=hash_token(token),
            created_at=now,
            expires_at=now + datetime.timedelta(days=get_setting("INVITATION_DAYS")),
            invited_by=invited_by,
        )
        return invitation, token

    def accept_url(self, token, request=None):
        path = reverse("widunetz_partner_invitation", args=[token])
        if request is not None:
            return request.build_absolute_uri(path)
        base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
        return base.rstrip("/") + path

    def send(self, token, request=None):
        """E-mail the invitation link (Django's e-mail backend), in the site's language."""
        context = {
            "invitation": self,
            "url": self.accept_url(token, request),
            "days": get_setting("INVITATION_DAYS"),
            "site_name": getattr(settings, "WAGTAIL_SITE_NAME", ""),
        }
        template = "wagtail_widunetz/partners/selfservice/invitation_email"
        # in the site's language, not in the admin language of whoever sends it
        with translation.override(settings.LANGUAGE_CODE):
            subject = render_to_string(f"{template}_subject.txt", context).strip()
            body = render_to_string(f"{template}.txt", context)
        send_mail(subject, body, None, [self.email])

    def mark_accepted(self, user):
        """Use the invitation up; False if someone else used it in the meantime."""
        now = timezone.now()
        updated = PartnerInvitation.objects.filter(
            pk=self.pk, accepted_at__isnull=True, expires_at__gt=now
        ).update(accepted_at=now, accepted_by=user)
        return updated == 1
