"""Compare a story's sources claim by claim and reconcile what they report."""

from storyline.compare.dossier import StoryMaterial, build_dossier

__all__ = ["StoryMaterial", "build_dossier"]
