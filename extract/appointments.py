"""Component placeholder: replaced by the real appointments parser."""

from __future__ import annotations

from collections.abc import Iterator

from extract.documents import Doc


def parse(doc: Doc, ctx: dict) -> Iterator[dict]:
    """Yield the facts of this kind found in `doc`."""
    return iter(())
