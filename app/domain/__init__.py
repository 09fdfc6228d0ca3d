"""Pure-Python vetting domain: no Qt, no SQL. Everything above builds on it."""
