"""Entry point of the frozen build: the same `dossier` command (GUI when run without arguments)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
