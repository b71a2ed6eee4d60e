"""The window at the system's scale and text size: nothing cut off on a 1366×768 laptop.

At 200 % the laptop is 683×384 logical pixels: the window and its dialogs may scroll, no text may
be cut. Qt reads its scale factor and the screen once, at start, so each size runs in its own
process (tests/views/zoom_walk.py) on an offscreen screen of 1366×768.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

WALK = Path(__file__).with_name("zoom_walk.py")
REPO = Path(__file__).resolve().parents[2]
# Generous: a loaded two-core machine builds 60-odd dialogs slowly; this only ends a hang.
TIMEOUT = 600


@pytest.mark.gui
@pytest.mark.parametrize(
    ("scale", "point_size"),
    [("2", 10), ("1.25", 14)],
    ids=["200 %", "14 pt at 125 %"],
)
def test_nothing_is_cut_off(scale: str, point_size: int, tmp_path: Path) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": 1366,
                        "height": 768,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "QT_SCALE_FACTOR": scale,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": str(REPO),
    }
    walk = subprocess.run(
        [sys.executable, str(WALK), str(point_size), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=REPO,
    )
    report = walk.stdout + walk.stderr
    assert walk.returncode == 0, report
    lines = walk.stdout.splitlines()
    assert lines and lines[-1].startswith("walked "), report
    assert int(lines[-1].split()[1]) > 60, report  # every page and every dialog, not a few
    problems = lines[1:-1]
    assert not problems, f"cut off at {scale}× with a {point_size} pt font:\n" + "\n".join(problems)
