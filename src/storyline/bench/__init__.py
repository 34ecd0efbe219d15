"""Speed measurements of the stages, printed as JSON for the docs."""
