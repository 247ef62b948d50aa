"""Benchmarks measured against the budgets of DESIGN.md (python -m bench)."""
