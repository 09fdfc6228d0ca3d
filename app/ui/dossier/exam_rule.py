"""The format, scoring method and decision rule of one exam, by the names a person reads
(from the rule file, in the interface language), with the ESS-M prior and alphas.

A rule for the other exam type than the format's is left out when the rule file's
policy refuses it, and marked when the policy only warns. Unverified cutscores are
marked in the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QWidget

from app.domain import essm, rulesets
from app.ui.i18n import current_language

STORED = "@stored"  # the combo entry for an exam's earlier or unknown rule


def _alpha_text(a: float) -> str:
    return f"{a:.2f}"


class RulePicker(QWidget):
    """Emits `format_chosen(name)` when a person picks a format, `changed()` on every change."""

    format_chosen = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self._essm = False
        self._stored: dict[str, Any] | None = None  # an exam's own rule that is not one in force
        self.format = QComboBox()
        self.format.setObjectName("format")
        self.method = QComboBox()
        self.method.setObjectName("method")
        self.rule = QComboBox()
        self.rule.setObjectName("rule")
        self.prior = QComboBox()
        self.prior.setObjectName("prior")
        self.alpha_di, self.alpha_ndi = QComboBox(), QComboBox()
        self.alpha_di.setObjectName("alpha_di")
        self.alpha_ndi.setObjectName("alpha_ndi")
        for combo in (self.format, self.method, self.rule):  # long rule names must not widen the page
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        for p in essm.priors():
            self.prior.addItem(f"{p:g}", p)
        for combo in (self.alpha_di, self.alpha_ndi):
            for a in essm.ALPHAS:
                combo.addItem(_alpha_text(a), a)
        self.params = QWidget()
        row = QHBoxLayout(self.params)
        row.setContentsMargins(0, 0, 0, 0)
        for label, combo in ((self.tr("prior"), self.prior), (self.tr("alpha, deceptive"), self.alpha_di),
                             (self.tr("alpha, truthful"), self.alpha_ndi)):
            row.addWidget(QLabel(label))
            row.addWidget(combo)
        row.addStretch()
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Format"), self.format)
        self.form.addRow(self.tr("Scoring method"), self.method)
        self.form.addRow(self.tr("Decision rule"), self.rule)
        self.form.addRow(self.tr("ESS-M parameters"), self.params)
        self.fill_lists()
        self.format.activated.connect(lambda _i: self.format_chosen.emit(self.format.currentData() or ""))
        self.format.currentIndexChanged.connect(self._refill_rules)
        self.method.currentIndexChanged.connect(self._refill_rules)
        self.rule.currentIndexChanged.connect(self._rule_changed)
        for combo in (self.prior, self.alpha_di, self.alpha_ndi):
            combo.currentIndexChanged.connect(self._emit)

    def _emit(self, *_args: object) -> None:
        if not self._quiet:
            self.changed.emit()

    def fill_lists(self) -> None:
        lang = current_language()
        self._quiet = True
        self.format.clear()
        self.format.addItem(self.tr("(free-form question list)"), "")
        for name, f in rulesets.formats().items():
            self.format.addItem(rulesets.display(f, lang), name)
        self.method.clear()
        for name, m in rulesets.current()["methods"].items():
            self.method.addItem(rulesets.display(m, lang), name)
        self._quiet = False
        self._refill_rules()

    def _refill_rules(self, *_args: object) -> None:
        wanted = self.rule.currentData()
        self._stored = None
        method, fmt = self.method.currentData() or "federal_7", self.format.currentData() or ""
        lang = current_language()
        was, self._quiet = self._quiet, True
        self.rule.clear()
        for name, rule in rulesets.current()["rules"].items():
            if method not in rule.get("methods", []):
                continue
            misfit = [sev for sev, _ in rulesets.fit_problems({**rule, "name": name}, method, fmt)]
            if "refuse" in misfit:
                continue
            text = rulesets.display(rule, lang)
            if not rule.get("verified"):
                text += self.tr(" (cutscores unverified)")
            if misfit:
                text += self.tr(" — does not fit this format")
            self.rule.addItem(text, name)
        index = self.rule.findData(wanted)
        if index < 0:
            index = self.rule.findData(rulesets.default_rule_name(method, fmt))
        self.rule.setCurrentIndex(max(0, index))
        self._quiet = was
        self._rule_changed()

    def _rule_changed(self, *_args: object) -> None:
        definition = rulesets.current()["rules"].get(self.rule.currentData() or "", {})
        self._essm = "essm" in definition and self.rule.currentData() != STORED
        self.params.setVisible(self._essm)
        label = self.form.labelForField(self.params)
        if label is not None:
            label.setVisible(self._essm)
        self._emit()

    # -- values ---------------------------------------------------------------------------------
    def set_values(self, fmt: str, method: str, rule: dict[str, Any]) -> None:
        """Show an exam's choices. A stored rule that is not one in force stays selected, as
        "earlier rule" or "unknown rule", until a person picks another."""
        self._quiet = True
        self.format.setCurrentIndex(max(0, self.format.findData(fmt)))
        self.method.setCurrentIndex(max(0, self.method.findData(method or "federal_7")))
        self._refill_rules()
        self._quiet = True
        status = rulesets.trust(rule, method, fmt) if rule.get("kind") else None
        if status is not None and status.status in (rulesets.EARLIER, rulesets.UNKNOWN):
            self._stored = dict(rule)
            text = (rulesets.display(status.rule, current_language()) + self.tr(" (earlier rule)")
                    if status.trusted else self.tr("Unknown rule: not one this vault knows"))
            self.rule.addItem(text, STORED)
            self.rule.setCurrentIndex(self.rule.count() - 1)
        elif self.rule.findData(rule.get("name")) >= 0:
            self.rule.setCurrentIndex(self.rule.findData(rule.get("name")))
        given = rule.get("parameters")
        params: dict[str, Any] = given if isinstance(given, dict) else {}
        for combo, key in ((self.prior, "prior"), (self.alpha_di, "alpha_di"), (self.alpha_ndi, "alpha_ndi")):
            defaults = rulesets.current()["rules"].get(self.rule.currentData() or "", {}).get("parameters", {})
            value = params.get(key, defaults.get(key))
            found = combo.findData(value) if value is not None else -1
            combo.setCurrentIndex(found if found >= 0 else max(0, combo.findData({"prior": 0.5}.get(key, 0.05))))
        self._quiet = False
        self._rule_changed()

    def parameters(self) -> dict[str, float] | None:
        if not self._essm or self.rule.currentData() == STORED:
            return None
        return {"prior": self.prior.currentData(), "alpha_di": self.alpha_di.currentData(),
                "alpha_ndi": self.alpha_ndi.currentData()}

    def snapshot(self) -> dict[str, Any]:
        """The chosen rule, resolved by the rule set in force (or the exam's own, left as it was)."""
        if self.rule.currentData() == STORED and self._stored is not None:
            return dict(self._stored)
        return rulesets.snapshot(self.rule.currentData(), self.parameters())
