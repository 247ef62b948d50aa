"""Trusting a device from its card: the card's claims are shown, the person decides.

A card says which device it is and what it wants to be (a coordinator, a post). Those are
claims: anyone can edit a file on its way. This dialog shows them, escaped, next to the
fingerprint to compare with the other device, and asks the person for the role and post
to trust it as. Nothing is pre-chosen, so trusting a card "as it says" is a decision
someone made, never a default.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bordertrack.domain.shown import shown
from bordertrack.gui.labels import role_label, vocab_items
from bordertrack.services import lookups
from bordertrack.services.device_names import namesakes
from bordertrack.services.trust import DeviceCard
from bordertrack.store.database import Store


def _plain(text: str = "") -> QLabel:
    """A label that never reads card text as HTML (a device name may hold markup)."""
    label = QLabel(text, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TrustCardDialog(QDialog):
    """Show a card's claims; OK once the fingerprint is confirmed and a role (and post) chosen."""

    def __init__(self, store: Store, card: DeviceCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setWindowTitle(self.tr("Trust a device"))
        self.intro = _plain(
            self.tr(
                "The card says the following. It is only a claim: you decide what this "
                "device is trusted as."
            )
        )
        self.claimed_name = _plain(shown(card.name))
        self.claimed_id = _plain(shown(card.device_id))
        self.claimed_role = _plain(shown(role_label(card.role)))
        self.claimed_post = _plain(shown(card.post) if card.post else self.tr("(none)"))
        self.fingerprint = _plain(shown(card.fingerprint))
        self.fingerprint.setObjectName("card_fingerprint")
        # A name already in use is allowed (devices are told apart by post and fingerprint),
        # but the person enrolling should know before trusting.
        same = namesakes(store, card.name, card.device_id)
        self.namesake = _plain(
            self.tr(
                "Already used by {devices}: both will be shown with their post and the start "
                "of their fingerprint."
            ).format(devices=", ".join(shown(s) for s in same))
            if same
            else ""
        )
        self.namesake.setObjectName("trust_namesake")
        self.namesake.setVisible(bool(same))
        claims = QFormLayout()
        claims.addRow(self.tr("Device name:"), self.claimed_name)
        claims.addRow("", self.namesake)
        claims.addRow(self.tr("Device id:"), self.claimed_id)
        claims.addRow(self.tr("Role it claims:"), self.claimed_role)
        claims.addRow(self.tr("Post it claims:"), self.claimed_post)
        claims.addRow(self.tr("Card fingerprint:"), self.fingerprint)

        self.compared = QCheckBox(
            self.tr(
                "The other device shows the same card fingerprint (compared by phone or in person)"
            )
        )
        self.role = QComboBox(objectName="trust_role")
        self.role.addItem(self.tr("Choose…"), "")
        for code, label in vocab_items("role"):
            self.role.addItem(label, code)
        self.post = QComboBox(objectName="trust_post")
        self.post.addItem(self.tr("Choose…"), "")
        for code, name in lookups.named(store, "post"):
            self.post.addItem(f"{shown(name)} ({shown(code)})", code)
        if card.post and self.post.findData(card.post) < 0:
            self.post.addItem(
                self.tr("{code} (as the card says; not in this register)").format(
                    code=shown(card.post)
                ),
                card.post,
            )
        decision = QFormLayout()
        decision.addRow(self.tr("Trust it as:"), self.role)
        decision.addRow(self.tr("For the post:"), self.post)
        self.problem = _plain()
        self.problem.setObjectName("trust_problem")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Trust this device"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.intro)
        box.addLayout(claims)
        box.addWidget(self.compared)
        box.addLayout(decision)
        box.addWidget(self.problem)
        box.addWidget(self.buttons)
        self.compared.toggled.connect(self._update)
        self.role.currentIndexChanged.connect(self._update)
        self.post.currentIndexChanged.connect(self._update)
        self._update()

    def choice(self) -> tuple[str, str | None]:
        """The role and post chosen here (a post only for a post device)."""
        role = self.role.currentData() or ""
        return role, (self.post.currentData() or None) if role == "post" else None

    def _missing(self) -> str:
        role, post = self.choice()
        if not self.compared.isChecked():
            return self.tr("Compare the fingerprint with the other device, then tick the box.")
        if not role:
            return self.tr("Choose what this device is trusted as.")
        if role == "post" and not post:
            return self.tr("Choose the post this device is trusted for.")
        return ""

    def _update(self) -> None:
        self.post.setEnabled(self.role.currentData() == "post")
        missing = self._missing()
        self.problem.setText(missing)
        self.ok.setEnabled(not missing)

    def accept(self) -> None:
        if not self._missing():
            super().accept()
