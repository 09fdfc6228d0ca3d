"""Given-name variants across Ukrainian, Russian, Belarusian and Latin spellings.

The table (`resources/names/given_names.tsv`) is Wikidata's given-name items
(CC0) as OpenSanctions' rigour 2.6.1 ships them, cut to the items a Ukrainian or
Russian first name belongs to: Олексій, Алексей, Oleksiy, Aleksei and Alexey
share an item. Two names are variants when they share an item (not by chains of
items: Ян shares items with Jan and with Yang, which share none).
A name is also looked up by how it sounds (app.domain.phonetics), so Oleksiyy
still finds Олексій's items and Evgeny finds Євген's (whose item lists Евгений).
"""

from __future__ import annotations

from functools import cache

from app.domain.names import fold
from app.domain.phonetics import readings
from app.resources import resource_path


@cache
def _table() -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, str]]:
    by_form: dict[str, list[str]] = {}
    by_sound: dict[str, list[str]] = {}
    sex: dict[str, str] = {}
    for line in resource_path("names", "given_names.tsv").read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        qid, item_sex, forms, sounds = line.split("\t")
        sex[qid] = item_sex if item_sex in ("m", "f") else ""
        for form in forms.split(" "):
            by_form.setdefault(form, []).append(qid)
        for sound in sounds.split(" "):  # stored: computing 5,000 readings at start-up took 0.5 s
            by_sound.setdefault(sound, []).append(qid)
    return by_form, by_sound, sex


def items(name: str) -> frozenset[str]:
    """The Wikidata items this given name belongs to, by its spelling and by how it sounds."""
    by_form, by_sound, _ = _table()
    out = set(by_form.get(fold(name), ()))
    for r in readings(name):
        out.update(by_sound.get(r, ()))
    return frozenset(out)


@cache
def _item_sounds() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for sound, qids in _table()[1].items():
        for qid in qids:
            out.setdefault(qid, set()).add(sound)
    return {qid: frozenset(sounds) for qid, sounds in out.items()}


def variant_sounds(name: str) -> frozenset[str]:
    """How every spelling of every item of this name sounds (the common reading of each):
    Mikalaj gives Николай's "nikolai", so a search can retrieve by a variant's keys."""
    table = _item_sounds()
    return frozenset(s for qid in items(name) for s in table.get(qid, ()))


def are_variants(a: str, b: str) -> bool:
    return bool(a and b and items(a) & items(b))


def sex(name: str) -> str:
    """'m' or 'f' when every item of the name is of that sex, else ''."""
    table_sex = _table()[2]
    found = {table_sex.get(q, "") for q in items(name)}
    return found.pop() if len(found) == 1 else ""


def warm() -> None:
    """Load the table now (~20 ms)."""
    _table()


def stored_sounds_are_current() -> list[str]:
    """Items whose stored sounds differ from what app.domain.phonetics computes now (for the tests)."""
    stale = []
    for line in resource_path("names", "given_names.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            qid, _sex, forms, sounds = line.split("\t")
            if set(sounds.split(" ")) != {r[0] for r in map(readings, forms.split(" ")) if r}:
                stale.append(qid)
    return stale
