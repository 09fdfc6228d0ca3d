"""Passphrase strength feedback (zxcvbn's English sentences and our own) in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

PASSPHRASE_TIPS = [
    QT_TRANSLATE_NOOP("Passphrase", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("Passphrase", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("Passphrase", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("Passphrase", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("Passphrase", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("Passphrase", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("Passphrase", "Repeats like \"aaa\" are easy to guess."),
    QT_TRANSLATE_NOOP("Passphrase", "Repeats like \"abcabcabc\" are only slightly harder to guess than \"abc\"."),
    QT_TRANSLATE_NOOP("Passphrase", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("Passphrase", "Sequences like \"abc\" or \"6543\" are easy to guess."),
    QT_TRANSLATE_NOOP("Passphrase", "Avoid sequences."),
    QT_TRANSLATE_NOOP("Passphrase", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("Passphrase", "Avoid recent years."),
    QT_TRANSLATE_NOOP("Passphrase", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("Passphrase", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("Passphrase", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("Passphrase", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("Passphrase", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("Passphrase", "This is a very common password."),
    QT_TRANSLATE_NOOP("Passphrase", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("Passphrase", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("Passphrase", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("Passphrase", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("Passphrase", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("Passphrase", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("Passphrase", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP("Passphrase", "Predictable substitutions like '@' instead of 'a' don't help very much."),
    QT_TRANSLATE_NOOP("Passphrase", "Too easy to guess: add more unrelated words."),
    QT_TRANSLATE_NOOP("Passphrase", "Use at least 12 characters; several words work well."),
]


def tr_passphrase_feedback(text: str) -> str:
    """zxcvbn's English sentences (one or several, joined by spaces) in the interface language."""
    for tip in sorted(PASSPHRASE_TIPS, key=lambda t: len(str(t)), reverse=True):
        if str(tip) in text:
            text = text.replace(str(tip), translate("Passphrase", str(tip)))
    return text


