"""The example chapter's home page text (from the Herford Integrationsagentur's page)."""

from wagtail.models import Site

INTRO = (
    "<p>Die Integrationsagentur des DRK-Kreisverbands Herford-Stadt berät nicht einzelne "
    "Menschen, sie verbindet: Kindertageseinrichtungen und Familienzentren, Beratungsdienste, "
    "Arbeitsagentur, Senioreneinrichtungen, Migrantenvereine und Ehrenamtliche bilden das "
    "Netzwerk <b>Widunetz</b>, das ihre Angebote für Zugewanderte öffnet, die schon länger hier "
    "leben.</p>"
)
GOALS = (
    "<ul><li>Einrichtungen bei der interkulturellen Öffnung ihrer Dienste unterstützen</li>"
    "<li>Vereine und Organisationen der Zugewanderten fördern</li>"
    "<li>Bürgerschaftliches Engagement für Integration ausbauen</li>"
    "<li>Netzwerke für Integrationsthemen erschließen</li></ul>"
)


def load(stdout=None):
    home = Site.objects.get(is_default_site=True).root_page.specific
    if home.locale.language_code != "de" or not hasattr(home, "body") or len(home.body):
        return
    home.body = [
        ("paragraph", INTRO),
        ("heading", "Ziele der Arbeit"),
        ("paragraph", GOALS),
    ]
    home.save_revision().publish()
    if stdout:
        stdout.write("  home: chapter home page text")
