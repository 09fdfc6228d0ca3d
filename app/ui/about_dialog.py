"""Help → About: the version, and the components inside the app with their licences."""

from __future__ import annotations

from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app import APP_NAME, __version__
from app.resources import resource_path
from app.ui.widgets import fit_to_screen

# (distribution, what it does here, licence) — checked against each package's metadata
COMPONENTS = (
    ("PySide6-Essentials", QT_TRANSLATE_NOOP("AboutDialog", "Qt for Python: the windows"), "LGPL-3.0-only"),
    ("sqlcipher3", QT_TRANSLATE_NOOP("AboutDialog", "SQLCipher: the encrypted vault"), "zlib + BSD-3-Clause"),
    ("cryptography", QT_TRANSLATE_NOOP("AboutDialog", "keys, AES-GCM, certificates"), "Apache-2.0 OR BSD-3-Clause"),
    ("argon2-cffi", QT_TRANSLATE_NOOP("AboutDialog", "Argon2id key derivation"), "MIT"),
    ("pyrage", QT_TRANSLATE_NOOP("AboutDialog", "age encryption of bundles"), "MIT"),
    ("reportlab", QT_TRANSLATE_NOOP("AboutDialog", "case file PDF"), "BSD-3-Clause"),
    ("pyHanko", QT_TRANSLATE_NOOP("AboutDialog", "PDF signatures (PAdES)"), "MIT"),
    ("pypdfium2", QT_TRANSLATE_NOOP("AboutDialog", "case file preview (PDFium)"), "BSD-3-Clause, Apache-2.0"),
    ("segno", QT_TRANSLATE_NOOP("AboutDialog", "QR codes"), "BSD-3-Clause"),
    ("alembic", QT_TRANSLATE_NOOP("AboutDialog", "vault migrations"), "MIT"),
    ("SQLAlchemy", QT_TRANSLATE_NOOP("AboutDialog", "vault migrations"), "MIT"),
    ("zxcvbn", QT_TRANSLATE_NOOP("AboutDialog", "passphrase strength"), "MIT"),
    ("rapidfuzz", QT_TRANSLATE_NOOP("AboutDialog", "name matching"), "MIT"),
    ("iuliia", QT_TRANSLATE_NOOP("AboutDialog", "Russian transliteration"), "MIT"),
    ("translitua", QT_TRANSLATE_NOOP("AboutDialog", "Ukrainian transliteration"), "MIT"),
    ("jsonschema", QT_TRANSLATE_NOOP("AboutDialog", "interchange checks"), "MIT"),
    ("filetype", QT_TRANSLATE_NOOP("AboutDialog", "attachment types"), "MIT"),
    ("platformdirs", QT_TRANSLATE_NOOP("AboutDialog", "folders"), "MIT"),
    ("Faker", QT_TRANSLATE_NOOP("AboutDialog", "training data"), "MIT"),
)


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:  # a frozen build may not carry every package's metadata
        return ""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Field Dossier"))
        head = QLabel(f"<h3>{APP_NAME} {__version__}</h3><p>" + self.tr(
            "Offline, encrypted case management for vetting volunteers. Works without any network.") + "</p><p>"
            + self.tr("Qt %1, PySide6 %2.").replace("%1", qVersion()).replace("%2", pyside_version) + "</p>")
        head.setObjectName("about_head")
        head.setWordWrap(True)
        lines = [f"{name} {_version(name)} — {self.tr(str(use))} — {licence}".replace("  ", " ")
                 for name, use, licence in COMPONENTS]
        lines.append("DejaVu fonts — " + self.tr("case files") + " — Bitstream Vera / DejaVu")
        fonts = resource_path("fonts", "LICENSE-DejaVu.txt").read_text("utf-8", errors="replace")
        self.licences = QPlainTextEdit("\n".join(lines) + "\n\n" + fonts)
        self.licences.setObjectName("licences")
        self.licences.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(QLabel(self.tr("Components and their licences:")))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 520)
