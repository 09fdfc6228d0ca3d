"""The dossier window and its sections, one module each."""
