"""``manage.py widunetz_partner_access <partner>``: set a partner up for self-service."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Case, When
from wagtail.models import Locale

from wagtail_widunetz.partners import selfservice
from wagtail_widunetz.partners.invitations import PartnerInvitation


class Command(BaseCommand):
    help = (
        "Give a partner a group of editors who may edit its profile (all translations) and the "
        "events it organises, with every change moderated by the agency. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("partner", help="Page id or slug of the partner's profile page.")
        parser.add_argument(
            "--group", default=None, help="Group name (default: “Partner: <title>”)."
        )
        parser.add_argument(
            "--invite",
            action="append",
            default=[],
            metavar="EMAIL",
            help="Also e-mail an invitation to this address (may be repeated).",
        )

    def find_partner(self, value):
        pages = selfservice.partner_pages()
        found = pages.filter(pk=int(value)) if value.isdigit() else pages.none()
        if not found:
            # a slug is usually the same in every locale: take the default locale's page
            found = pages.filter(slug=value).order_by(
                Case(When(locale=Locale.get_default(), then=0), default=1), "path"
            )
        partner = found.first()
        if partner is None:
            raise CommandError(f"No partner page with the id or slug “{value}”.")
        return partner.specific

    def handle(self, *args, **options):
        partner = self.find_partner(options["partner"])
        for email in options["invite"]:
            try:
                validate_email(email)
            except ValidationError:
                raise CommandError(f"“{email}” is not an e-mail address.") from None
        stdout = self.stdout if options["verbosity"] else None
        with transaction.atomic():
            group = selfservice.setup_partner_access(
                partner, group_name=options["group"], stdout=stdout
            )
            for email in options["invite"]:
                invitation, token = PartnerInvitation.create(email, group, partner.title)
                invitation.send(token)
                if stdout:
                    self.stdout.write(f"Invitation sent to {email}.")
