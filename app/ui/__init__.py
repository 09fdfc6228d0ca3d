"""Qt Widgets desktop app: a thin layer over app.vault and app.domain."""
