from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "example_site.home"
    label = "home"
    verbose_name = "Example chapter home page"
    default_auto_field = "django.db.models.BigAutoField"
    widunetz_demo = "example_site.home.demo.load"
    widunetz_demo_order = -10
