"""Parse what a user types into the search box into safe terms.

The syntax is deliberately small, and nothing the user types reaches FTS5 as
syntax: words are ANDed, a trailing `*` makes a prefix, "double quotes" make a
phrase. Anything else is an error with a message, never a crash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain import msg
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
        raise QueryError(msg.text("err.search_too_long", MAX_QUERY_CHARS))
    if query.count('"') % 2:
        raise QueryError(msg.text("err.search_quote"))
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
                raise QueryError(msg.text("err.search_star"))
            words = [w for w in _WORD_CHARS.findall(core) if _meaningful(w)]
            if not words:
                continue
            raw = " ".join(words)
            folded = fold(raw)
            if prefix and len(folded.replace(" ", "")) < MIN_PREFIX_CHARS:
                raise QueryError(msg.text("err.search_prefix", MIN_PREFIX_CHARS))
            terms.append(Term(folded, raw, prefix=prefix))
    if not terms:
        raise QueryError(msg.text("err.search_empty"))
    if len(terms) > MAX_TERMS:
        raise QueryError(msg.text("err.search_terms", MAX_TERMS))
    return terms
