"""Ondernemersdesk: ``python main.py`` opens the application; ``python main.py admin …`` is for administrators."""

import sys

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "admin":
        from desktop.cli import run

        sys.exit(run(sys.argv[2:]))
    # The window collects Python's cyclic garbage on the main thread, on a timer of its own (views/common/garbage.py)
    # and switches the automatic collector off; switched off from here, the start's imports (Qt's
    # classes and enums, which allocate much and free little) are not scanned fifty times over
    # before the first screen shows (~9 ms, issue 20).
    import gc

    gc.disable()
    from desktop.bootstrap import run_gui

    sys.exit(run_gui(sys.argv))
