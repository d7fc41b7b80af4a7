from django.apps import AppConfig


class ChapterBaseConfig(AppConfig):
    name = "tests.swapped.base"
    label = "chapterbase"
    default_auto_field = "django.db.models.BigAutoField"
