"""Language helpers: writing direction and local names, including languages Django does not know.

Django's ``get_language_info`` knows Arabic and Persian but not Dari, Pashto, Tigrinya, Kurmanji
or Somali. ``WIDUNETZ_EXTRA_LANGUAGES`` adds or overrides entries, so a chapter can serve pages
in those languages with the right ``dir``.
"""

from django.utils.translation import get_language, get_language_info

from .conf import get_setting

# Scripts written right to left among the languages an integration network meets; used when
# neither Django nor WIDUNETZ_EXTRA_LANGUAGES knows a code.
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ckb", "ku-arab", "prs", "ps", "ur", "yi", "dv"})


def language_info(code):
    """Return ``{"code", "name", "name_local", "bidi"}`` for a language code, never raising."""
    code = (code or "").lower()
    extra = {k.lower(): v for k, v in get_setting("EXTRA_LANGUAGES").items()}
    if code in extra:
        info = {"code": code, "name": code, "name_local": code, "bidi": code in RTL_LANGUAGES}
        info.update(extra[code])
        return info
    try:
        info = dict(get_language_info(code))
    except KeyError:
        base = code.split("-")[0]
        if base != code:
            return {**language_info(base), "code": code}
        return {"code": code, "name": code, "name_local": code, "bidi": code in RTL_LANGUAGES}
    info["code"] = code
    info["bidi"] = bool(info.get("bidi")) or code in RTL_LANGUAGES
    return info


def language_direction(code=None):
    """``"rtl"`` or ``"ltr"`` for a language code (the active language by default)."""
    return "rtl" if language_info(code or get_language() or "")["bidi"] else "ltr"
