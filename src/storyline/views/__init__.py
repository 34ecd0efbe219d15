"""Views: what the stores hold, rendered for people (terminal, Markdown, HTML) and programs (JSON)."""
