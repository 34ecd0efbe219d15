"""Readers: one per source format, each producing clean Articles or IngestErrors."""

from storyline.ingest.errors import IngestError
from storyline.ingest.sources import ReadOptions, read_inputs

__all__ = ["IngestError", "ReadOptions", "read_inputs"]
