"""The web app and HTTP API: `storyline serve` (FastAPI + uvicorn) over the same store as the CLI."""

from storyline.web.app import create_app

__all__ = ["create_app"]
