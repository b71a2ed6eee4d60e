"""Use cases: each takes a session and plain values, validates, and raises domain errors."""

# Every change a service makes is audited, whoever drives it (window, command line, script,
# test): the trail's session listeners are installed with the services, not left to the caller.
from models import audit as _audit  # noqa: F401
