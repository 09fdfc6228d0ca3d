"""`python -m app` behaves exactly like the `dossier` command."""

import sys

from app.cli import main

sys.exit(main())
