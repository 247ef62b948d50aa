"""Printable and donor-facing documents made from the local database (no Qt)."""
