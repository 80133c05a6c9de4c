"""Plugin sub-commands for `orgkg` (ui.cli imports this module): graph, queries and the app."""

from __future__ import annotations

import ui.commands_graph  # noqa: F401 - registers ingest and stats

for _name in ("ui.commands_resolve", "ui.commands_queries", "ui.commands_ui"):
    try:
        __import__(_name)
    except ModuleNotFoundError as _exc:  # not written yet: only a missing module itself is tolerated
        if _exc.name != _name:
            raise
