"""Ondernemersdesk: ``python main.py`` opens the application; ``python main.py admin …`` is for administrators."""

import sys

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "admin":
        from desktop.cli import run

        sys.exit(run(sys.argv[2:]))
    from desktop.bootstrap import run_gui

    sys.exit(run_gui(sys.argv))
