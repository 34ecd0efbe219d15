"""Readers for the public evaluation sets and their metrics."""
