"""Partner self-service: partner editors keep their own profile current, the agency moderates.

The mechanism, in Wagtail's own terms (see docs/admin/self-service.md):

* **One group per partner** ("Partner: Kita Ottelau"). It holds the page permission *change* on
  the partner's profile page and on each of its translations (new translations inherit it, see
  ``copy_translation_permissions``), and no *publish*: every change goes through the workflow.
* **Apps add to it.** Any installed app may name an object in its AppConfig
  (``widunetz_selfservice``, a dotted path) with ``grant_partner(group, partner)`` (extra
  permissions of a partner group) and ``moderated_pages()`` (pages the workflow is assigned
  to). The events app gives the group *add* on the event calendars and lets it edit the events
  its partner organises (``events/permissions.py``); ``partners`` never imports ``events``.
* **The agency group** ("Integrationsagentur") holds *add, change, publish, lock, unlock* on the
  package's index pages (directory, calendars, press room: everything below them), add/change/
  delete on the package's snippets, and is the approver of the workflow
  "Moderation by the Integrationsagentur" (one ``GroupApprovalTask``), which is assigned to the
  partner directories and event calendars. All of it is ordinary Wagtail data: changeable under
  Settings → Groups and Settings → Workflows afterwards.

Permission codenames come from ``get_permission_codename`` on the site's base page model
(``core.compat.get_page_model``), so the same code works with a swapped base page model.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Workflow,
    WorkflowPage,
    WorkflowTask,
    get_page_models,
)

from wagtail_widunetz.core.compat import get_page_model
from wagtail_widunetz.core.pages import IndexPageMixin

AGENCY_GROUP_NAME = "Integrationsagentur"
WORKFLOW_NAME = _("Moderation by the Integrationsagentur")
TASK_NAME = _("Approval by the Integrationsagentur")
PARTNER_GROUP_PREFIX = "Partner: "

# Page permissions of the two roles (actions of Wagtail's page permission types).
AGENCY_PAGE_ACTIONS = ("add", "change", "publish", "lock", "unlock")
PARTNER_PAGE_ACTIONS = ("change",)


# -- permissions --------------------------------------------------------------------------


def page_permission(action):
    """The ``Permission`` of a Wagtail page action ("add", "change", "publish", ...).

    Taken from the site's base page model, so it is ``change_page`` on a standard site and
    ``change_<model>`` on a site that swapped the base page model.
    """
    model = get_page_model()
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(model),
        codename=get_permission_codename(action, model._meta),
    )


def page_permission_codename(action):
    return get_permission_codename(action, get_page_model()._meta)


def model_permissions(model, actions):
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    codenames = [get_permission_codename(action, model._meta) for action in actions]
    return list(Permission.objects.filter(content_type=content_type, codename__in=codenames))


def admin_access_permission():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def grant_page(group, page, actions):
    """Give ``group`` the page ``actions`` on ``page`` and everything below it (idempotent)."""
    for action in actions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=page_permission(action)
        )


def grant_collection(group, collection, actions, model_label):
    model = apps.get_model(model_label)
    for permission in model_permissions(model, actions):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


# -- what the installed apps contribute ---------------------------------------------------


def contributors():
    """The ``widunetz_selfservice`` objects of the installed apps (events: calendars)."""
    return [
        import_string(config.widunetz_selfservice)
        for config in apps.get_app_configs()
        if getattr(config, "widunetz_selfservice", None)
    ]


def partner_page_models():
    from .models import PartnerPageMixin

    return [
        m for m in get_page_models() if issubclass(m, PartnerPageMixin) and not m._meta.abstract
    ]


def directory_page_models():
    from .models import PartnerDirectoryPageMixin

    return [
        m
        for m in get_page_models()
        if issubclass(m, PartnerDirectoryPageMixin) and not m._meta.abstract
    ]


def pages_of(models):
    """All pages (every locale) of the given page models, as base pages, in tree order."""
    content_types = ContentType.objects.get_for_models(*models).values()
    return get_page_model().objects.filter(content_type__in=content_types).order_by("path")


def partner_pages():
    """Partner profiles in the default locale's tree order (for choosers and commands)."""
    return pages_of(partner_page_models())


def moderated_pages():
    """The pages the moderation workflow is assigned to: directories and what apps add."""
    pages = list(pages_of(directory_page_models()))
    for contributor in contributors():
        pages.extend(contributor.moderated_pages())
    return pages


def agency_index_pages():
    """Index pages built on the package's mixins (directories, calendars, press rooms)."""
    # any app's: on a site with its own base page model they are the site's own page types
    models = [
        m for m in get_page_models() if issubclass(m, IndexPageMixin) and not m._meta.abstract
    ]
    return pages_of(models) if models else []


def agency_snippet_models():
    """Snippets of the package (facets, venues, feeds, press clippings, outlets)."""
    from wagtail.snippets.models import get_snippet_models

    return [m for m in get_snippet_models() if m._meta.app_label.startswith("widunetz_")]


# -- the agency and the workflow ----------------------------------------------------------


def site_language_name(name):
    """A name stored in the database, in the site's language (``LANGUAGE_CODE``).

    Not in the language of whoever happens to run the setup: the workflow is looked up by name.
    """
    with translation.override(settings.LANGUAGE_CODE):
        return str(name)


@transaction.atomic
def setup_moderation(agency_group_name=AGENCY_GROUP_NAME, workflow_name=None, stdout=None):
    """Create (or complete) the agency group and the moderation workflow; idempotent.

    Existing objects are kept as they are: a workflow found by name keeps the tasks an admin
    gave it, and a page that already has a workflow of its own keeps it. Returns
    ``(agency_group, workflow)``.
    """
    from .invitations import PartnerInvitation

    agency, _created = Group.objects.get_or_create(name=agency_group_name)
    agency.permissions.add(admin_access_permission())
    for page in agency_index_pages():
        grant_page(agency, page, AGENCY_PAGE_ACTIONS)
    for model in agency_snippet_models():
        actions = ["add", "change", "delete", "view"]
        agency.permissions.add(*model_permissions(model, actions + ["publish", "lock", "unlock"]))
    agency.permissions.add(
        *model_permissions(PartnerInvitation, ["add", "change", "delete", "view"])
    )
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        grant_collection(
            agency, root_collection, ["add", "change", "choose"], "wagtailimages.Image"
        )
        grant_collection(
            agency, root_collection, ["add", "change", "choose"], "wagtaildocs.Document"
        )

    workflow_name = str(workflow_name or site_language_name(WORKFLOW_NAME))
    workflow = (
        Workflow.objects.filter(name=workflow_name).first()
        # renamed in the admin: the workflow whose approval task is the agency's
        or Workflow.objects.filter(
            active=True,
            workflow_tasks__task__in=GroupApprovalTask.objects.filter(groups=agency),
        )
        .order_by("pk")
        .first()
    )
    if workflow is None:
        workflow = Workflow.objects.create(name=workflow_name, active=True)
        task = GroupApprovalTask.objects.create(name=site_language_name(TASK_NAME))
        task.groups.set([agency])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        if stdout:
            stdout.write(f"Created workflow “{workflow_name}”.")
    assigned = 0
    for page in moderated_pages():
        _link, created = WorkflowPage.objects.get_or_create(
            page=page, defaults={"workflow": workflow}
        )
        assigned += created
    if stdout and assigned:
        stdout.write(f"Assigned the workflow to {assigned} page(s).")
    return agency, workflow


# -- partner groups -----------------------------------------------------------------------


def translations_of(page):
    """The page and its translations (base pages)."""
    return get_page_model().objects.filter(translation_key=page.translation_key).order_by("path")


def partner_group(partner):
    """The group that edits ``partner`` (or None): change permission on the page itself."""
    return (
        Group.objects.filter(
            page_permissions__page__translation_key=partner.translation_key,
            page_permissions__permission__codename=page_permission_codename("change"),
        )
        .order_by("pk")
        .first()
    )


def default_group_name(partner):
    return (PARTNER_GROUP_PREFIX + partner.title)[:150]


@transaction.atomic
def setup_partner_access(partner, group_name=None, stdout=None):
    """Give ``partner`` a group of editors (created or completed, idempotent); returns it.

    Also makes sure the agency group and the moderation workflow exist, since the group's
    changes must be moderated.
    """
    partner = partner.specific if hasattr(partner, "specific") else partner
    if partner.specific_class not in partner_page_models():
        raise ValueError(f"{partner!r} is not a partner page.")
    default_locale = Locale.get_default()
    if partner.locale_id != default_locale.pk:
        partner = partner.get_translation_or_none(default_locale) or partner
    setup_moderation(stdout=stdout)
    if group_name:
        group, _created = Group.objects.get_or_create(name=group_name[:150])
    else:
        group = partner_group(partner)
        if group is None:
            group, _created = Group.objects.get_or_create(name=default_group_name(partner))
    group.permissions.add(admin_access_permission())
    for page in translations_of(partner):
        grant_page(group, page, PARTNER_PAGE_ACTIONS)
    collection = partner_collection(partner)
    grant_collection(group, collection, ["add", "choose"], "wagtailimages.Image")
    for contributor in contributors():
        contributor.grant_partner(group, partner)
    if stdout:
        stdout.write(f"Group “{group.name}” edits “{partner.title}”.")
    return group


def partner_collection(partner):
    """A collection for the partner's images (logo, event pictures) below the root."""
    root = Collection.get_first_root_node()
    name = default_group_name(partner)[:255]
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(instance=Collection(name=name))


def managed_partner_keys(user):
    """Translation keys of the partner profiles ``user`` may change (through any group)."""
    if not user.is_active or user.is_anonymous:
        return set()
    content_types = ContentType.objects.get_for_models(*partner_page_models()).values()
    return set(
        GroupPagePermission.objects.filter(
            group__user=user,
            permission__codename=page_permission_codename("change"),
            page__content_type__in=content_types,
        ).values_list("page__translation_key", flat=True)
    )


def copy_translation_permissions(sender, source_obj, target_obj, **kwargs):
    """A new translation of a partner profile gets the permissions groups hold on its source.

    Connected to Wagtail's ``copy_for_translation_done`` (wagtail-localize creates page
    translations through ``copy_for_translation``).
    """
    if getattr(source_obj, "specific_class", type(source_obj)) not in partner_page_models():
        return
    for link in GroupPagePermission.objects.filter(page_id=source_obj.pk):
        GroupPagePermission.objects.get_or_create(
            group_id=link.group_id, page_id=target_obj.pk, permission_id=link.permission_id
        )


def connect():
    from wagtail.signals import copy_for_translation_done

    copy_for_translation_done.connect(
        copy_translation_permissions, dispatch_uid="widunetz_partner_translation_permissions"
    )


# -- demo ---------------------------------------------------------------------------------

DEMO_PASSWORD = "widunetz-demo"  # noqa: S105 - the demo's documented logins
DEMO_PARTNER = "familienzentrum-kita-ottelau"
DEMO_USERS = [
    # username, e-mail, first name, last name, group (None: the agency)
    ("agentur", "agentur@example.org", "Aylin", "Agentur", None),
    ("kita-ottelau", "kita-ottelau@example.org", "Kim", "Ottelau", DEMO_PARTNER),
]


def load_demo(stdout=None):
    """The demo's moderation: workflow, agency group and user, one partner editor (idempotent).

    Runs after the other apps' demos (``widunetz_demo_steps`` in the AppConfig).
    """
    from django.contrib.auth import get_user_model

    agency, workflow = setup_moderation()
    partner = partner_pages().filter(slug=DEMO_PARTNER, locale=Locale.get_default()).first()
    User = get_user_model()
    for username, email, first_name, last_name, partner_slug in DEMO_USERS:
        if partner_slug and partner is None:
            continue
        group = setup_partner_access(partner) if partner_slug else agency
        user = User._default_manager.filter(**{User.USERNAME_FIELD: username}).first()
        if user is None:
            user = User(email=email, first_name=first_name, last_name=last_name)
            setattr(user, User.USERNAME_FIELD, username)
            user.set_password(DEMO_PASSWORD)
            user.save()
        user.groups.add(group)
    if stdout:
        stdout.write(
            f"  self-service: workflow “{workflow.name}”, logins agentur / kita-ottelau "
            f"(password {DEMO_PASSWORD})"
        )
