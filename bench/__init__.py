"""Benchmarks measured against the speed budgets in docs/performance.md (python -m bench)."""
