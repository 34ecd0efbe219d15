"""Extraction: one spaCy pass per article, then each annotation kind read off the parse."""

from storyline.extract.annotate import annotate, annotate_many

__all__ = ["annotate", "annotate_many"]
