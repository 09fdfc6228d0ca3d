"""Personal data: names with live transliteration, identity, documents, service, relatives."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Category
from app.domain.model import Dossier, IdentityDocument, MilitaryService, Person, Relative
from app.domain.names import transliterate
from app.ui import dates
from app.ui.dossier.base import SectionTab, date_edit, date_hint, parse_date, split_list
from app.ui.dossier.record_table import Column, RecordTable
from app.ui.widgets import hint_label
from app.vault.session import VaultSession


class PersonalTab(SectionTab):
    photo_requested = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.case_number = ""
        self.photo: str | None = None
        self.photo_label = QLabel(self.tr("No photo"))
        self.photo_label.setObjectName("photo")
        self.photo_label.setFixedSize(150, 190)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("border: 1px solid #999;")
        self.photo_button = QPushButton(self.tr("Set photo…"))
        self.photo_button.clicked.connect(self.photo_requested)
        self.photo_hint = hint_label("photo_hint")
        self.photo_hint.setMaximumWidth(150)
        self.names: dict[str, QLineEdit] = {}
        self._latin_edited: set[str] = set()
        names_box = QGroupBox(self.tr("Names"))
        form = QFormLayout(names_box)
        for key, label in (("surname", self.tr("Surname (Cyrillic)")), ("given_name", self.tr("Given name")),
                           ("patronymic", self.tr("Patronymic")), ("surname_latin", self.tr("Surname (Latin)")),
                           ("given_name_latin", self.tr("Given name (Latin)")),
                           ("patronymic_latin", self.tr("Patronymic (Latin)"))):
            edit = QLineEdit()
            edit.setObjectName(key)
            self.names[key] = edit
            self.add_row(form, label, edit, key)
            if key.endswith("_latin"):
                edit.textEdited.connect(lambda _t, k=key: self._latin_edited.add(k))
            else:
                edit.textChanged.connect(lambda _t, k=key: self._transliterate(k))
            edit.textChanged.connect(self.emit_changed)
        self.aliases = QLineEdit()
        self.callsign = QLineEdit()
        self.add_row(form, self.tr("Aliases (comma-separated)"), self.aliases)
        self.add_row(form, self.tr("Call sign"), self.callsign)

        ident = QGroupBox(self.tr("Identity"))
        form2 = QFormLayout(ident)
        self.dob = date_edit(partial=True)
        self.dob.setObjectName("date_of_birth")
        self.place = QLineEdit()
        self.citizenships = QLineEdit()
        self.citizenships.setPlaceholderText("UA, RU")
        self.category = QComboBox()
        self.category.setObjectName("category")
        for cat, label in ((Category.SERVING_SOLDIER, self.tr("Serving soldier")),
                           (Category.PRISONER_OF_WAR, self.tr("Prisoner of war")),
                           (Category.CIVILIAN, self.tr("Civilian")), (Category.OTHER, self.tr("Other"))):
            self.category.addItem(label, cat.value)
        self.languages = QLineEdit()
        self.contact = QLineEdit()
        self.add_row(form2, self.tr("Date of birth"), self.dob, "date_of_birth")
        self.add_row(form2, self.tr("Place of birth"), self.place)
        self.add_row(form2, self.tr("Citizenships"), self.citizenships, "citizenships")
        self.add_row(form2, self.tr("Category"), self.category)
        self.add_row(form2, self.tr("Languages"), self.languages)
        self.add_row(form2, self.tr("How contact was made"), self.contact)
        for w in (self.aliases, self.callsign, self.dob, self.place, self.citizenships, self.languages,
                  self.contact):
            w.textChanged.connect(self.emit_changed)
        self.category.currentIndexChanged.connect(self.emit_changed)

        add, remove = self.tr("Add"), self.tr("Remove selected")
        self.documents = RecordTable([
            Column("type", self.tr("Type"), "choice", (
                ("passport", self.tr("Passport")), ("internal_passport", self.tr("Internal passport")),
                ("military_id", self.tr("Military ID")), ("birth_certificate", self.tr("Birth certificate")),
                ("other", self.tr("Other")))),
            Column("number", self.tr("Number")), Column("issuer", self.tr("Issuer")),
            Column("issued_on", self.tr("Issued"), "date"), Column("expires_on", self.tr("Expires"), "date")],
            add, remove)
        self.military = RecordTable([
            Column("unit", self.tr("Unit")), Column("rank", self.tr("Rank")), Column("branch", self.tr("Branch")),
            Column("served_from", self.tr("From"), "date"), Column("served_to", self.tr("To"), "date")], add, remove)
        self.relatives = RecordTable([
            Column("relation", self.tr("Relation")), Column("name", self.tr("Name")),
            Column("date_of_birth", self.tr("Born"), "partial_date"), Column("residence", self.tr("Lives in")),
            Column("hostile_territory", self.tr("Hostile/occupied territory"), "bool"),
            Column("contact", self.tr("Contact"))], add, remove)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(names_box, 1)
        photo_box = QVBoxLayout()
        photo_box.addWidget(self.photo_label)
        photo_box.addWidget(self.photo_button)
        photo_box.addWidget(self.photo_hint)
        photo_box.addStretch()
        top.addLayout(photo_box)
        layout.addLayout(top)
        layout.addWidget(ident)
        for title, table in ((self.tr("Identity documents"), self.documents),
                             (self.tr("Military record"), self.military),
                             (self.tr("Relatives and contacts"), self.relatives)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(table)
            table.changed.connect(self.emit_changed)
            layout.addWidget(box)

    def _transliterate(self, key: str) -> None:
        latin_key = f"{key}_latin"
        if self._loading or latin_key in self._latin_edited:
            return
        ukrainian = True if {"UA", "UKR"} & {c.upper() for c in split_list(self.citizenships.text())} else None
        self.names[latin_key].setText(transliterate(self.names[key].text(), ukrainian))

    def set_photo(self, sha: str | None) -> None:
        self.photo = sha
        pix = QPixmap()
        if sha and self.case_number and pix.loadFromData(self.session.attachment_content(self.case_number, sha)):
            self.photo_label.setPixmap(pix.scaled(self.photo_label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("No photo"))

    def fill(self, d: Dossier) -> None:
        p = d.person
        self.case_number = d.case_number
        self.photo_button.setEnabled(bool(d.case_number))
        self.photo_hint.setText("" if d.case_number else self.tr(
            "Save the applicant first (Ctrl+S), then add a photo."))
        self.photo_hint.setVisible(not d.case_number)
        self.set_photo(p.photo)
        for key, edit in self.names.items():
            edit.setText(getattr(p, key))
        self._latin_edited = {k for k in self.names if k.endswith("_latin") and getattr(p, k)}
        self.aliases.setText(", ".join(p.aliases))
        self.callsign.setText(p.callsign)
        self.dob.set_date(p.date_of_birth, p.date_of_birth_precision)
        self.place.setText(p.place_of_birth)
        self.citizenships.setText(", ".join(p.citizenships))
        self.category.setCurrentIndex(max(0, self.category.findData(p.category.value)))
        self.languages.setText(", ".join(p.languages))
        self.contact.setText(p.contact_method)
        self.documents.set_rows([vars(x) for x in p.documents])
        self.military.set_rows([vars(x) for x in p.military])
        self.relatives.set_rows([vars(x) for x in p.relatives])

    def store(self, d: Dossier) -> None:
        values = {k: e.text().strip() for k, e in self.names.items()}
        photo = self.photo
        dob = self.dob.typed()
        d.person = Person(
            values["surname"], values["given_name"], values["patronymic"], values["surname_latin"],
            values["given_name_latin"], values["patronymic_latin"], aliases=split_list(self.aliases.text()),
            callsign=self.callsign.text().strip(), date_of_birth=dob.value, date_of_birth_precision=dob.precision,
            place_of_birth=self.place.text().strip(),
            citizenships=[c.upper() for c in split_list(self.citizenships.text())],
            category=Category(self.category.currentData()), languages=split_list(self.languages.text()),
            contact_method=self.contact.text().strip(), photo=photo,
            documents=[IdentityDocument(r["type"] or "other", r["number"], r["issuer"],
                                        parse_date(r["issued_on"])[0], parse_date(r["expires_on"])[0])
                       for r in self.documents.rows() if r["number"]],
            military=[MilitaryService(r["unit"], r["rank"], r["branch"], parse_date(r["served_from"])[0],
                                      parse_date(r["served_to"])[0]) for r in self.military.rows() if any(
                                          r[k] for k in ("unit", "rank", "branch"))],
            relatives=[Relative(r["relation"], r["name"], born.value, r["residence"], r["hostile_territory"],
                                r["contact"], born.precision) for r in self.relatives.rows() if r["name"]
                       for born in (dates.parse(r["date_of_birth"], partial=True),)],
        )

    def problems(self) -> list[str]:
        self.clear_errors()
        out = []
        for key in ("surname", "given_name"):
            if not self.names[key].text().strip():
                self.show_error(key, self.tr("Required."))
                out.append(self.tr("Surname and given name are required."))
        if not self.dob.is_valid():
            self.show_error("date_of_birth", date_hint() + " " + self.tr("If the day is not known: MM.YYYY or YYYY."))
            out.append(self.tr("The date of birth is not a valid date."))
        for table, name in ((self.documents, self.tr("Identity documents")),
                            (self.military, self.tr("Military record")),
                            (self.relatives, self.tr("Relatives and contacts"))):
            if table.bad_dates():
                out.append(self.tr("%1: a date is not valid.").replace("%1", name))
        bad = [c for c in split_list(self.citizenships.text()) if not (c.isalpha() and len(c) in (2, 3))]
        if bad:
            self.show_error("citizenships", self.tr("Use country codes such as UA, RU."))
            out.append(self.tr("Citizenships must be country codes."))
        return sorted(set(out), key=out.index)
