"""Parse what a user types into the search box into safe terms.

The syntax is deliberately small, and nothing the user types reaches FTS5 as
syntax: words are ANDed, a trailing `*` makes a prefix, "double quotes" make a
phrase. Anything else is an error with a message, never a crash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.names import fold, strip_marks
from app.errors import ValidationError

MAX_QUERY_CHARS = 200
MAX_TERMS = 8
MIN_PREFIX_CHARS = 2
_WORD_CHARS = re.compile(r"[\w-]+", re.UNICODE)


class QueryError(ValidationError):
    """A search query that cannot be run; the message says why."""


@dataclass(frozen=True)
class Term:
    text: str  # folded form
    raw: str  # as typed, for case and document numbers
    prefix: bool = False
    phrase: bool = False


def _meaningful(word: str) -> bool:
    return any(ch.isalnum() for ch in fold(word))


def parse_query(query: str) -> list[Term]:
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"Search text is too long (over {MAX_QUERY_CHARS} characters).")
    if query.count('"') % 2:
        raise QueryError("Unbalanced quote in search text.")
    terms: list[Term] = []
    for i, chunk in enumerate(query.split('"')):
        chunk = strip_marks(chunk)
        if i % 2:  # inside quotes: a phrase
            words = [w for w in _WORD_CHARS.findall(chunk) if _meaningful(w)]
            if words:
                raw = " ".join(words)
                terms.append(Term(fold(raw), raw, phrase=True))
            continue
        for token in chunk.split():
            prefix = token.endswith("*")
            core = token.rstrip("*")
            if "*" in core:
                raise QueryError("'*' may only end a word, as in ivan*.")
            words = [w for w in _WORD_CHARS.findall(core) if _meaningful(w)]
            if not words:
                continue
            raw = " ".join(words)
            folded = fold(raw)
            if prefix and len(folded.replace(" ", "")) < MIN_PREFIX_CHARS:
                raise QueryError(f"Type at least {MIN_PREFIX_CHARS} letters before '*'.")
            terms.append(Term(folded, raw, prefix=prefix))
    if not terms:
        raise QueryError("Type a name, case number, document number or words to search for.")
    if len(terms) > MAX_TERMS:
        raise QueryError(f"Use at most {MAX_TERMS} words in one search.")
    return terms
