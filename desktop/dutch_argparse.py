"""The command line's own texts in Dutch: argparse's usage line, help headings and errors.

argparse words its messages through ``gettext`` (its module-level ``_`` and ``ngettext``). The
parser below lends it the application's catalogue (``models.i18n.translate``: no Qt application is
needed, the arguments are read before one exists) while it builds, parses and prints help, and
gives the values typed for a number their own sentence (argparse would say ``invalid int value``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, NoReturn

from models.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "argparse"

# argparse's texts a person can meet (Python 3.11), marked for the catalogue. Its texts for a
# programmer's mistake in the parser itself (conflicting option strings) are left as they are.
MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)
NOT_A_WHOLE_NUMBER = QT_TRANSLATE_NOOP("argparse", "%(value)r is not a whole number")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("argparse", "%(value)r is not a number")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("argparse", "%(value)s is not between %(least)s and %(most)s")


@dataclass(frozen=True)
class Count:
    """An option's type: a whole number from ``least`` to ``most`` (issue 19: every number typed is
    bounded where it is read). Beyond it a count makes no sense (``--clients 100000`` threads,
    ``--repeat 0`` runs) or a record number cannot exist (beyond PostgreSQL's integer); said with
    the range, in Dutch, before anything runs."""

    least: int
    most: int

    def __call__(self, typed: str) -> int:
        try:
            number = int(typed)
        except ValueError:
            raise argparse.ArgumentTypeError(
                translate(CONTEXT, NOT_A_WHOLE_NUMBER) % {"value": typed}
            ) from None
        if not self.least <= number <= self.most:
            shown = typed if len(typed) <= 24 else typed[:20] + "…"
            raise argparse.ArgumentTypeError(
                translate(CONTEXT, OUT_OF_RANGE) % {"value": shown, "least": self.least, "most": self.most}
            )
        return number


def translated(message: str) -> str:
    """argparse's ``_``: its text in Dutch (a trailing newline kept), or as it is when unknown."""
    if message.endswith("\n"):
        return translate(CONTEXT, message[:-1]) + "\n"
    return translate(CONTEXT, message)


def translated_plural(singular: str, plural: str, count: int) -> str:
    return translated(singular if count == 1 else plural)


@contextmanager
def _dutch() -> Iterator[None]:
    """argparse speaks Dutch within the block (its module-level ``_`` and ``ngettext``, looked up
    when a message is made); as it was afterwards, so nothing else in the process is touched."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = translated, translated_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class DutchArgumentParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose own texts are Dutch; its subcommands' parsers are of this class
    too (``add_subparsers`` makes them of the parent's class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with _dutch():  # the -h option's help and the headings are worded here
            super().__init__(*args, **kwargs)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        with _dutch():  # "unrecognized arguments" is worded here, after parse_known_args
            return super().parse_args(args, namespace)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with _dutch():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with _dutch():
            return super().format_usage()

    def format_help(self) -> str:
        with _dutch():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        with _dutch():
            super().error(message)

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        """A number typed as something else, in a sentence of its own (``'12x' is geen geheel getal``)."""
        kind: Callable[[str], Any] | None = action.type  # type: ignore[assignment]
        if kind in (int, float):
            try:
                return kind(arg_string)
            except ValueError:
                text = NOT_A_WHOLE_NUMBER if kind is int else NOT_A_NUMBER
                raise argparse.ArgumentError(
                    action, translate(CONTEXT, text) % {"value": arg_string}
                ) from None
        return super()._get_value(action, arg_string)
