from django.apps import AppConfig


class ChapterConfig(AppConfig):
    name = "tests.swapped.chapter"
    label = "chapter"
    default_auto_field = "django.db.models.BigAutoField"
