"""Encrypted storage: SQLCipher connection, key slots, schema, repositories, audit, backup."""
