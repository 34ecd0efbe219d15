"""Storyline: a structured, source-attributed account of what happened, from many outlets."""

__version__ = "0.1.0"
