"""Shared by the polygraph rule tests."""

from __future__ import annotations


def fresh_rule_caches() -> None:
    """Forget the loaded rule file, ESS-M tables and known-rule index, so that every test
    loads them itself (mutation testing credits a function to the tests that call it)."""
    from app.domain import content, essm, rulesets, workflow

    content.install([])
    rulesets.remember([])
    essm.table.cache_clear()
    rulesets.shipped.cache_clear()
    rulesets._known_cache.clear()
    workflow._shipped_rules.cache_clear()
