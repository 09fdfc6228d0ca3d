"""Field Dossier: offline, encrypted vetting case management."""

__version__ = "0.1.0"
APP_NAME = "Field Dossier"
APP_ID = "org.fielddossier.FieldDossier"
