"""The shell's tests see the application as users do: translated and styled."""

from tests.views.conftest import dutch_application  # noqa: F401 - an autouse, session-wide fixture
