"""A screen reader user's flow, driven over AT-SPI with accessible names only.

Run by tests/views/test_atspi_flow.py with the system's Python (Debian's python3-pyatspi; the
project's virtual environment has no GObject bindings), on the same D-Bus session and X display
as the application. It knows nothing of Qt or of the application's code: it finds the window,
fields and buttons the way Orca does, by role and accessible name, presses buttons through their
accessible action and types with synthesised key strokes.

Usage: atspi_driver.py QUERY SUBJECT AGREEMENT; prints one line per step and exits 0 when the
flow is done, 1 with the reason when a step could not be done.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator

import pyatspi

# Generous waits: a loaded two-core machine starts Qt, reads a database and builds a page slowly;
# every wait polls and returns as soon as its condition holds.
WAIT = 120.0
START = 300.0  # the first window: Python, Qt and the database start on a busy machine
POLL = 0.25
# Lists and tables can hold thousands of cells: searched only when the step asks for them.
CONTAINERS = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST}

# The Dutch interface's names (resources/translations/ondernemersdesk_nl.ts).
APP_NAME = "Ondernemersdesk"
SEARCH = "Ondernemingen zoeken"
LOG_CONTACT = "Contactmoment vastleggen"
NEW_CONTACT = "Nieuw contactmoment"
SUBJECT = "Onderwerp"
ADD_AGREEMENT = "Afspraak toevoegen"
AGREEMENT = "Wat is afgesproken"
SAVE = "Opslaan"
TIMELINE = "Tijdlijn"  # the timeline's accessible name ("Timeline")


class FlowFailed(Exception):
    pass


# The window the flow is in: shown when a step fails, so the log says what a screen reader found.
where: list[object] = []


def dump(root: object, depth: int = 0, limit: int = 200) -> int:
    """Print what a screen reader finds under ``root`` (roles and names), up to ``limit`` lines."""
    for index in range(root.childCount):
        child = root.getChildAtIndex(index)
        if child is None or not showing(child) or limit <= 0:
            continue
        say(f"{'  ' * depth}{child.getRoleName()} {child.name!r}")
        limit -= 1
        if child.getRole() not in CONTAINERS:
            limit = dump(child, depth + 1, limit)
    return limit


def say(text: str) -> None:
    print(text, flush=True)


def wait_for(what: str, find: Callable[[], object | None], timeout: float = WAIT) -> object:
    end = time.monotonic() + timeout
    while True:
        try:
            found = find()
        except Exception as exc:  # an object went away while it was read (the screen changes)
            found, last = None, exc
        else:
            last = None
        if found:
            return found
        if time.monotonic() > end:
            raise FlowFailed(f"not found within {timeout:.0f} s: {what}" + (f" ({last})" if last else ""))
        time.sleep(POLL)


def showing(acc: object) -> bool:
    return acc.getState().contains(pyatspi.STATE_SHOWING)


def descendants(root: object, into_containers: bool = False) -> Iterator[object]:
    """What is on screen under ``root``, breadth first."""
    todo = [root]
    while todo:
        acc = todo.pop(0)
        for index in range(acc.childCount):
            child = acc.getChildAtIndex(index)
            if child is None or not showing(child):
                continue
            yield child
            if into_containers or child.getRole() not in CONTAINERS:
                todo.append(child)


def application() -> object | None:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == APP_NAME:
            return app
    return None


def window(app: object, name_part: str, role: int) -> object | None:
    for index in range(app.childCount):
        top = app.getChildAtIndex(index)
        if top is not None and top.getRole() == role and name_part in top.name and showing(top):
            return top
    return None


def named(root: object, role: int, name: str, into_containers: bool = False) -> object | None:
    for acc in descendants(root, into_containers):
        if acc.getRole() == role and acc.name == name:
            return acc
    return None


def press(button: object) -> None:
    """The button's own accessible action, as a screen reader's 'activate' does."""
    actions = button.queryAction()
    for index in range(actions.nActions):
        if actions.getName(index) in ("Press", "press", "click"):
            actions.doAction(index)
            return
    actions.doAction(0)


def focus(acc: object) -> None:
    """Move the focus to ``acc``, asking again until it has it (a window the window manager has
    not activated yet keeps the focus where it was)."""

    def focused() -> bool:
        if acc.getState().contains(pyatspi.STATE_FOCUSED):
            return True
        acc.queryComponent().grabFocus()
        return False

    wait_for(f"focus on {acc.name!r}", focused)


def type_text(text: str) -> None:
    pyatspi.Registry.generateKeyboardEvent(0, text, pyatspi.KEY_STRING)


def key(keysym: int) -> None:
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


RETURN = 0xFF0D


def text_of(acc: object) -> str:
    try:
        return acc.queryText().getText(0, -1)
    except NotImplementedError:
        return ""


def run(query: str, subject: str, agreement: str) -> None:
    app = wait_for("the application on the accessibility bus", application, timeout=START)
    main = wait_for("the main window", lambda: window(app, APP_NAME, pyatspi.ROLE_FRAME), timeout=START)
    where.append(main)
    say(f"window: {main.name}")

    # Find a company: the search box by its name, typed into, Enter opens the first hit.
    # Asked of the frame there is now: the first screen shown at start (views/shell/start_shell.py)
    # makes way for the main window once the database is open.
    search = wait_for(
        "the search box",
        lambda: named(window(app, APP_NAME, pyatspi.ROLE_FRAME) or main, pyatspi.ROLE_TEXT, SEARCH),
        timeout=START,
    )
    focus(search)
    type_text(query)
    wait_for("the typed query", lambda: text_of(search) == query)
    key(RETURN)
    company = wait_for(
        "the company's file", lambda: window(app, query, pyatspi.ROLE_FRAME) or None, timeout=WAIT
    )
    where.append(company)
    say(f"opened: {company.name}")

    # Log a contact moment with an agreement.
    log_button = wait_for(
        "the button to log a contact moment", lambda: named(company, pyatspi.ROLE_PUSH_BUTTON, LOG_CONTACT)
    )
    press(log_button)
    dialog = wait_for("the contact moment form", lambda: window(app, NEW_CONTACT, pyatspi.ROLE_DIALOG))
    where.append(dialog)
    say(f"form: {dialog.name}")
    subject_field = wait_for("the subject field", lambda: named(dialog, pyatspi.ROLE_TEXT, SUBJECT))
    focus(subject_field)
    type_text(subject)
    wait_for("the typed subject", lambda: text_of(subject_field) == subject)
    press(
        wait_for(
            "the button to add an agreement", lambda: named(dialog, pyatspi.ROLE_PUSH_BUTTON, ADD_AGREEMENT)
        )
    )
    agreement_field = wait_for("the agreement's field", lambda: named(dialog, pyatspi.ROLE_TEXT, AGREEMENT))
    focus(agreement_field)
    type_text(agreement)
    wait_for("the typed agreement", lambda: text_of(agreement_field) == agreement)
    press(wait_for("the save button", lambda: named(dialog, pyatspi.ROLE_PUSH_BUTTON, SAVE)))
    wait_for("the form to close", lambda: window(app, NEW_CONTACT, pyatspi.ROLE_DIALOG) is None)
    say("saved")

    # What the user hears next: the new contact moment in the file's timeline.
    timeline = wait_for(
        "the timeline",
        lambda: (
            named(company, pyatspi.ROLE_TREE_TABLE, TIMELINE) or named(company, pyatspi.ROLE_TREE, TIMELINE)
        ),
    )
    wait_for(
        "the new contact moment in the timeline",
        lambda: any(subject in (acc.name or "") for acc in descendants(timeline, into_containers=True)),
    )
    say("in the timeline")


def main(argv: list[str]) -> int:
    query, subject, agreement = argv[1:4]
    try:
        run(query, subject, agreement)
    except FlowFailed as failed:
        say(f"FAILED: {failed}")
        if where:
            say(f"What a screen reader finds in {where[-1].name!r}:")
            dump(where[-1])
        return 1
    say("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
