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


# BITV 2.0 asks for an explanation in Leichte Sprache and in Deutsche Gebärdensprache.
EASY_LANGUAGE = {
    "heading": "Das Netzwerk Widunetz in Leichter Sprache",
    "text": (
        "<p>Widunetz ist ein Netzwerk in Herford.</p>"
        "<p>Im Netzwerk arbeiten viele Stellen zusammen. Zum Beispiel: Kitas, Beratungs-Stellen "
        "und Vereine.</p>"
        "<p>Das Netzwerk hilft Menschen aus anderen Ländern. Sie bekommen <b>Beratung</b>. "
        "Sie finden <b>Kurse</b> und <b>Treffen</b>.</p>"
        "<p>Die Hilfe ist meistens kostenlos.</p>"
        "<p>Sie haben Fragen? Dann rufen Sie uns an: 05221 / 56784.</p>"
    ),
    "page": None,
    "link_text": "",
}
# The demo has no real DGS video: a placeholder link on an example host, embedded only after
# the visitor agrees (a chapter uploads its own video file or links its own video).
SIGN_LANGUAGE_VIDEO = {
    "heading": "Informationen in Deutscher Gebärdensprache (DGS)",
    "description": (
        "In diesem Video erklärt eine Gebärdensprach-Dolmetscherin, was das Netzwerk Widunetz "
        "ist, welche Angebote es gibt und wie Sie die Integrationsagentur erreichen."
    ),
    "video": None,
    "captions": None,
    "poster": None,
    "embed_url": "https://video.example.org/dgs/widunetz-willkommen",
}


def load(stdout=None):
    home = Site.objects.get(is_default_site=True).root_page.specific
    if home.locale.language_code != "de" or not hasattr(home, "body"):
        return
    changed = False
    if not len(home.body):
        home.body = [
            ("paragraph", INTRO),
            ("heading", "Ziele der Arbeit"),
            ("paragraph", GOALS),
        ]
        changed = True
    types = {block.block_type for block in home.body}
    for block_type, value in (
        ("easy_language", EASY_LANGUAGE),
        ("sign_language_video", SIGN_LANGUAGE_VIDEO),
    ):
        if block_type not in types:
            home.body.append((block_type, value))
            changed = True
    if not changed:
        return
    home.save_revision().publish()
    if stdout:
        stdout.write("  home: chapter home page text, Leichte Sprache, DGS video")
