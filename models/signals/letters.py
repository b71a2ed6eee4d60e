"""A letter or e-mail to a reporter without holes: nothing left of the template unfilled, and no
sentence that lost its words because a value was empty ("Wij vonden . Inmiddels is .").

Apart from ``feedback`` (the templates) so that the rule can be enforced where the text is saved
(``services.move_signal``) without an import cycle.
"""

from __future__ import annotations

import re

from models.i18n import QT_TRANSLATE_NOOP

# What is left of a placeholder: {naam}, {bevinding}.
_LEFT_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
# A word, then nothing, then the end of the sentence ("Wij vonden .", "gepland op ,"), empty
# brackets, or a colon with nothing after it. An ellipsis ("...") is written on purpose.
_HOLE = re.compile(r"[^\s.!?]*[^\S\n]+[.,;:!?](?!\.)|\(\s*\)|:\s*\.(?!\.)")


def letter_problems(text: str) -> list[tuple[str, dict[str, str]]]:
    """Why a letter or e-mail to a reporter cannot go out as written: (message, parameters)."""
    problems: list[tuple[str, dict[str, str]]] = []
    left = _LEFT_PLACEHOLDER.findall(text)
    if left:
        problems.append(
            (
                QT_TRANSLATE_NOOP("errors", "The letter still contains {names}: fill it in or take it out."),
                {"names": ", ".join(dict.fromkeys(left))},
            )
        )
    for line in text.splitlines():
        hole = _HOLE.search(line)
        if hole:
            start = line.rfind(".", 0, hole.start()) + 1
            problems.append(
                (
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The sentence “{sentence}” is missing something: write what was found, done or "
                        "planned, or change the letter.",
                    ),
                    {"sentence": line[start : hole.end()].strip()},
                )
            )
            break
    return problems
