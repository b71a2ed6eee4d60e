"""A screen reader user's flow over AT-SPI, the accessibility bus Orca reads on Linux.

The application runs as it does on a desk: on an X display (Xvfb) with a window manager, its
accessibility exposed (``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``) on the session's AT-SPI bus. A
separate program (tests/views/atspi_driver.py, with the system's pyatspi) finds a company, opens
it and logs a contact moment with an agreement by accessible names only; this test then reads the
database to see that what was typed was saved.

The operating system's packages it needs are in the README (and installed by .ci/run):
``apt-get install -y xvfb matchbox-window-manager dbus dbus-x11 at-spi2-core gir1.2-atspi-2.0
python3-gi python3-pyatspi`` and the X libraries Qt's xcb platform loads. Without them the test
skips and says what is missing, except under CI (``CI=true``), where it must run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from models.consultations.entities import Agreement, Interaction
from models.db import Database
from models.tools import demo

REPO = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("atspi_driver.py")
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-pyatspi
PROGRAMS = ("Xvfb", "matchbox-window-manager", "dbus-daemon")
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
PACKAGES = (
    "xvfb matchbox-window-manager dbus dbus-x11 at-spi2-core gir1.2-atspi-2.0 python3-gi python3-pyatspi "
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0"
)
# Every step of the driver polls with its own generous wait; this only ends a run that hangs.
FLOW_TIMEOUT = 900

SUBJECT = "Terras tijdens de kermis"
AGREEMENT = "Ondernemer vraagt de vergunning aan"


def bus_launcher() -> str | None:
    return next((path for path in BUS_LAUNCHERS if os.access(path, os.X_OK)), None)


def missing() -> list[str]:
    """What this machine lacks to run the flow."""
    lacking = [name for name in PROGRAMS if shutil.which(name) is None]
    if bus_launcher() is None:
        lacking.append("at-spi-bus-launcher")
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        lacking.append(SYSTEM_PYTHON)
    elif subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode != 0:
        lacking.append("pyatspi for " + SYSTEM_PYTHON)
    return lacking


@pytest.fixture
def accessibility_bus(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An X display with a window manager and a D-Bus session with the AT-SPI bus on it: the
    environment for the application and the driver. Every process started here is ended here."""
    lacking = missing()
    if lacking:
        reason = f"AT-SPI flow needs {', '.join(lacking)} (apt-get install -y {PACKAGES})"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    started: list[subprocess.Popen[bytes]] = []
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "DBUS_", "AT_SPI", "WAYLAND", "ONDERNEMERSDESK_"))
    }
    try:
        # Xvfb picks a free display and writes its number to the pipe.
        read_end, write_end = os.pipe()
        started.append(
            subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                pass_fds=(write_end,),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        os.close(write_end)
        with os.fdopen(read_end) as display:
            number = display.readline().strip()
        assert number, "Xvfb did not start"
        env["DISPLAY"] = f":{number}"
        runtime = tmp_path / "runtime"
        runtime.mkdir(mode=0o700)
        env["XDG_RUNTIME_DIR"] = str(runtime)
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        started.append(bus)
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        assert env["DBUS_SESSION_BUS_ADDRESS"], "the D-Bus session did not start"
        started.append(
            subprocess.Popen(
                ["matchbox-window-manager", "-use_titlebar", "no"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        started.append(
            subprocess.Popen(
                [str(bus_launcher()), "--launch-immediately"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        yield env
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.mark.gui
def test_a_screen_reader_user_logs_a_contact_moment_with_an_agreement(
    accessibility_bus: dict[str, str], sqlite_db: Database, tmp_path: Path
) -> None:
    demo.generate(sqlite_db, 20, seed=4, today=date.today())
    sqlite_db.dispose()
    app_env = {
        **accessibility_bus,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "ONDERNEMERSDESK_DATABASE": sqlite_db.url,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    log = tmp_path / "application.log"
    with log.open("wb") as out:
        app = subprocess.Popen(
            [sys.executable, str(REPO / "main.py")], cwd=REPO, env=app_env, stdout=out, stderr=out
        )
        try:
            flow = subprocess.run(
                [SYSTEM_PYTHON, str(DRIVER), "Zwaan", SUBJECT, AGREEMENT],
                env=accessibility_bus,
                capture_output=True,
                text=True,
                timeout=FLOW_TIMEOUT,
            )
        finally:
            app.terminate()  # the application quits as on a shutdown
            try:
                app.wait(timeout=60)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
    report = f"driver:\n{flow.stdout}{flow.stderr}\napplication:\n{log.read_text(errors='replace')}"
    assert flow.returncode == 0, report
    assert "in the timeline" in flow.stdout, report

    # What the screen reader user typed is in the company's file.
    with sqlite_db.session() as session:
        interaction = session.scalars(select(Interaction).where(Interaction.subject == SUBJECT)).one()
        assert interaction.company.name == demo.ZWAAN_NAME
        agreements = session.scalars(
            select(Agreement.description).where(Agreement.interaction_id == interaction.id)
        ).all()
    assert agreements == [AGREEMENT]
