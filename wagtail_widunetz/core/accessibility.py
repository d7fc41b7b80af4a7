"""The accessibility statement (Erklärung zur Barrierefreiheit) and its barrier report form.

BITV 2.0 § 12 and EU directive 2016/2102 with implementing decision (EU) 2018/1523 ask public
bodies (and many DRK chapters funded by them) for a statement with: the compliance status, the
content that is not accessible and why, when and how the statement was prepared, a way to report
barriers (the "feedback mechanism") and the enforcement procedure (in Germany: the
Schlichtungsstelle nach § 16 BGG, or the state's own body).

``AccessibilityStatementPageMixin`` holds fields and behaviour; ``AccessibilityStatementPage`` is
the concrete page (abstract on a site with a swapped base page model, see ``compat``).
``BarrierReport`` keeps every report sent through the form, whatever happens to the e-mail to the
chapter, and is listed read-only in the admin ("Network" menu).
"""

import hashlib
import logging

from django import forms
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .compat import page_model_swapped
from .conf import get_setting
from .pages import WidunetzPageMixin

logger = logging.getLogger(__name__)

SCHLICHTUNGSSTELLE_URL = "https://www.schlichtungsstelle-bgg.de/"


class ComplianceStatus(models.TextChoices):
    """Article 3 of implementing decision (EU) 2018/1523: the three permitted statements."""

    FULL = "full", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NONE = "none", _("not compliant")


class AssessmentMethod(models.TextChoices):
    SELF = "self", _("self-assessment")
    THIRD_PARTY = "third_party", _("assessment by a third party")


class AccessibilityStatementPageMixin(RoutablePageMixin, WidunetzPageMixin, models.Model):
    """The statement page. Routes: ``./`` (statement and form, GET and POST), ``./sent/``
    (the same page with a thank-you note, where a successful report redirects to)."""

    scope = models.TextField(
        _("scope"),
        blank=True,
        help_text=_("Which website or app the statement covers, e.g. “www.drk-herford.de”."),
    )
    compliance_status = models.CharField(
        _("compliance status"),
        max_length=10,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIAL,
        help_text=_("With WCAG 2.1 AA / EN 301 549, as BITV 2.0 requires."),
    )
    non_accessible_content = RichTextField(
        _("content that is not accessible"),
        blank=True,
        features=["h3", "bold", "italic", "ul", "ol", "link"],
        help_text=_(
            "What is not accessible, why (not compliant, disproportionate burden, outside the "
            "scope) and which accessible alternatives exist."
        ),
    )
    prepared_on = models.DateField(_("statement prepared on"), null=True, blank=True)
    reviewed_on = models.DateField(_("last reviewed on"), null=True, blank=True)
    assessment_method = models.CharField(
        _("method"),
        max_length=20,
        choices=AssessmentMethod.choices,
        default=AssessmentMethod.SELF,
    )
    contact_name = models.CharField(_("contact person or office"), max_length=200, blank=True)
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("Shown on the page. Reports go to the chapter's e-mail address (settings)."),
    )
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    enforcement = RichTextField(
        _("enforcement procedure"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "If empty, the page explains the conciliation body under § 16 BGG. A state body "
            "(e.g. in NRW the Ombudsstelle) can be named here instead."
        ),
    )
    enforcement_url = models.URLField(
        _("link to the conciliation body"), blank=True, default=SCHLICHTUNGSSTELLE_URL
    )
    report_intro = RichTextField(
        _("text above the report form"), blank=True, features=["bold", "italic", "link"]
    )

    widunetz_template = "wagtail_widunetz/core/accessibility_statement_page.html"
    mixin_content_panels = [
        FieldPanel("scope"),
        FieldPanel("compliance_status"),
        FieldPanel("non_accessible_content"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("prepared_on"), FieldPanel("reviewed_on")]),
                FieldPanel("assessment_method"),
            ],
            heading=_("Preparation of this statement"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldPanel("report_intro"),
            ],
            heading=_("Feedback and contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("enforcement"), FieldPanel("enforcement_url")],
            heading=_("Enforcement procedure"),
        ),
    ]
    mixin_translatable_fields = [
        TranslatableField("scope"),
        TranslatableField("non_accessible_content"),
        TranslatableField("contact_name"),
        TranslatableField("enforcement"),
        TranslatableField("report_intro"),
        SynchronizedField("compliance_status"),
        SynchronizedField("prepared_on"),
        SynchronizedField("reviewed_on"),
        SynchronizedField("assessment_method"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("enforcement_url"),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.prepared_on and self.reviewed_on and self.reviewed_on < self.prepared_on:
            raise ValidationError(
                {"reviewed_on": _("The review cannot lie before the statement was prepared.")}
            )

    def get_report_form_class(self):
        return BarrierReportForm

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("form", self.get_report_form_class()(initial=_initial(request)))
        return context

    @path("")
    def statement_view(self, request):
        if request.method == "POST":
            return self.handle_report(request)
        return self.render(request)

    @path("sent/", name="sent")
    def sent_view(self, request):
        return self.render(request, context_overrides={"report_sent": True})

    def handle_report(self, request):
        form = self.get_report_form_class()(request.POST)
        if not rate_limit_allows(request):
            form.add_error(
                None,
                _(
                    "You have sent several reports in a short time. Please wait a while or "
                    "write to us by e-mail."
                ),
            )
            return _with_status(self.render(request, context_overrides={"form": form}), 429)
        if not form.is_valid():
            return _with_status(self.render(request, context_overrides={"form": form}), 400)
        if form.is_spam():
            # Pretend success, so the robot learns nothing; nothing is stored or sent.
            return HttpResponseRedirect(self.url + self.reverse_subpage("sent"))
        report = save_report(form, self, request)
        notify_chapter(report, request)
        return HttpResponseRedirect(self.url + self.reverse_subpage("sent"))


def _with_status(response, status):
    response.status_code = status
    return response


def _initial(request):
    """Prefill the page address from ``?url=`` (a "report a barrier on this page" link)."""
    url = (request.GET.get("url") or "").strip()
    return {"page_url": url[:500]} if url.startswith(("/", "http://", "https://")) else {}


class BarrierReportForm(forms.Form):
    """What a visitor tells about a barrier. Only the description is required."""

    name = forms.CharField(label=_("Your name (optional)"), max_length=200, required=False)
    email = forms.EmailField(
        label=_("Your e-mail address (optional, if you would like an answer)"),
        max_length=254,
        required=False,
    )
    page_url = forms.CharField(
        label=_("Address of the page (optional)"),
        max_length=500,
        required=False,
        help_text=_("e.g. https://www.example.org/de/kalender/ or the name of the page"),
    )
    description = forms.CharField(
        label=_("Which barrier did you meet?"),
        max_length=5000,
        min_length=10,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What did you want to do, what did not work? (at least 10 characters)"),
    )
    # Honeypot: hidden from people (CSS and aria-hidden), filled in by form robots.
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_page_url(self):
        value = self.cleaned_data["page_url"].strip()
        if any(ord(c) < 32 for c in value):
            raise ValidationError(_("Enter the address on one line."))
        return value

    def clean_description(self):
        value = self.cleaned_data["description"].strip()
        if "\x00" in value:
            raise ValidationError(_("The description contains characters that are not allowed."))
        return value

    def is_spam(self):
        return bool(self.cleaned_data.get("homepage"))


def rate_limit_allows(request):
    """At most ``BARRIER_REPORT_RATE`` reports an hour from one address (Django's cache).

    The address is hashed, so the cache holds no IP addresses. Counting happens before
    validation, so a robot sending invalid forms is throttled too.
    """
    limit, window = get_setting("BARRIER_REPORT_RATE")
    address = request.META.get("REMOTE_ADDR", "")
    key = "widunetz:barrier-report:" + hashlib.sha256(address.encode()).hexdigest()[:32]
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count <= limit


class BarrierReport(models.Model):
    """A barrier a visitor reported through an accessibility statement page."""

    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("site"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language of the page"), max_length=20, blank=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), max_length=254, blank=True)
    page_url = models.CharField(_("page"), max_length=500, blank=True)
    description = models.TextField(_("description"))
    email_sent = models.BooleanField(
        _("e-mail sent"),
        default=False,
        help_text=_("False if the e-mail to the chapter could not be sent: answer from here."),
    )

    class Meta:
        verbose_name = _("barrier report")
        verbose_name_plural = _("barrier reports")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        first_line = self.description.splitlines()[0] if self.description else ""
        return first_line[:80] or str(self.created_at)


def save_report(form, page, request):
    data = form.cleaned_data
    with transaction.atomic():
        return BarrierReport.objects.create(
            site_id=getattr(page.get_site(), "pk", None),
            language=(get_language() or "")[:20],
            name=data["name"],
            email=data["email"],
            page_url=data["page_url"],
            description=data["description"],
        )


def notify_chapter(report, request):
    """E-mail the report to the chapter. A failure is logged; the stored report stays."""
    from .models import ChapterSettings

    chapter = ChapterSettings.for_request(request)
    recipient = chapter.email
    if not recipient:
        logger.warning("Barrier report %s: the chapter has no e-mail address.", report.pk)
        return False
    lines = [
        f"{_('Page')}: {report.page_url or '-'}",
        f"{_('Name')}: {report.name or '-'}",
        f"{_('E-mail')}: {report.email or '-'}",
        f"{_('Language')}: {report.language or '-'}",
        "",
        report.description,
    ]
    message = mail.EmailMessage(
        subject=str(_("Barrier report from the website")),
        body="\n".join(lines),
        to=[recipient],
        reply_to=[report.email] if report.email else None,
    )
    try:
        message.send()
    except Exception:
        logger.exception("Barrier report %s: the e-mail could not be sent.", report.pk)
        return False
    BarrierReport.objects.filter(pk=report.pk).update(email_sent=True)
    report.email_sent = True
    return True


class AccessibilityStatementPage(AccessibilityStatementPageMixin, Page):
    content_panels = Page.content_panels + AccessibilityStatementPageMixin.mixin_content_panels
    override_translatable_fields = AccessibilityStatementPageMixin.mixin_translatable_fields
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = page_model_swapped()  # see core.compat
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")
