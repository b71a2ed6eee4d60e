"""What the administrator's command line says: a failure in one Dutch line on stderr, exit 1."""

from __future__ import annotations

import sys


def fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1
