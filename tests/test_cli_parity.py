"""docs/cli.md's parity table is complete: every menu action and button of the desktop and every
`dossier` command has a row, and no row names an action or command that no longer exists."""

from __future__ import annotations

from pathlib import Path

from tests import parity_helpers as ph
from tests.guard_helpers import make_post


def test_every_desktop_action_and_command_has_a_row(qtbot, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    s = make_post(vault_dir)
    gui = ph.gui_operations(s)
    s.close()
    cli = ph.cli_commands()
    rows = ph.parity_rows()
    desktop = set().union(*(ph.desktop_names(d) for d, _, _ in rows))
    commands = [c for _, cmd, _ in rows for c in ph.command_names(cmd)]
    assert len(gui) > 40 and len(cli) > 55
    assert sorted(gui - desktop) == [], "desktop actions without a row in docs/cli.md"
    assert sorted(c for c in cli if not any(x == c or x.startswith(c + " ") for x in commands)) == [], \
        "commands without a row in docs/cli.md"
    assert sorted(desktop - gui) == [], "rows naming desktop actions that do not exist"
    assert sorted(x for x in commands if not any(x == c or x.startswith(c + " ") for c in cli)) == [], \
        "rows naming commands that do not exist"
    for d, cmd, note in rows:  # a side without a counterpart says why
        if not ph.desktop_names(d) or not ph.command_names(cmd):
            assert note, (d, cmd)


def test_the_check_fails_on_a_missing_row(tmp_path: Path) -> None:
    """The table parser sees a removed row (the test above would then fail)."""
    doc = ph.CLI_DOC.read_text("utf-8")
    assert '| "Audit log…" |' in doc
    cut = tmp_path / "cli.md"
    cut.write_text("\n".join(line for line in doc.splitlines() if not line.startswith('| "Audit log…" |')))
    before = set().union(*(ph.desktop_names(d) for d, _, _ in ph.parity_rows()))
    after = set().union(*(ph.desktop_names(d) for d, _, _ in ph.parity_rows(cut)))
    assert before - after == {"Audit log…"}
    names = [c for _, cmd, _ in ph.parity_rows(cut) for c in ph.command_names(cmd)]
    assert not any(x.startswith("audit list") for x in names)
