"""Partner self-service with a swapped base page model (Wagtail 8): see swapped_smoke.py."""

from tests.swapped.runner import needs_swappable_page_model, run_on_swapped_site


@needs_swappable_page_model
def test_self_service_with_a_swapped_page_model():
    run_on_swapped_site("tests.selfservice.swapped_smoke")
