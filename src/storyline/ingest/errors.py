"""The error every reader raises for an item it cannot turn into an article."""


class IngestError(Exception):
    """An input item that could not be read; names the item and the reason."""

    def __init__(self, item: str, reason: str) -> None:
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason
