"""wagtail-widunetz: the home of a German Red Cross chapter's integration network in Wagtail."""

__version__ = "0.1.0"
