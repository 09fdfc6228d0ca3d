"""Alembic migration scripts for the vault schema (see app/vault/schema.py)."""
