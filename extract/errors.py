"""Errors a user can meet, each with a stable code and a one-line message (listed in the README)."""

from __future__ import annotations

MESSAGES = {
    "E001": "file not found",
    "E002": "file is empty",
    "E003": "file looks binary, not a document",
    "E004": "cannot decode the text (tried UTF-8/16, GB18030, Big5)",
    "E005": "broken or encrypted PDF",
    "E006": "broken DOCX",
    "E007": "unsupported file type",
    "E008": "file is too large",
    "E009": "no text layer (scanned PDF?)",
    "E010": "internal error while extracting",
    "E020": "graph store error",
    "E021": "Neo4j is not reachable",
    "E022": "the embedded database is locked by another process",
    "E030": "no such person, group, post or document",
    "E031": "ambiguous name: several candidates",
    "E040": "write clauses are refused in the read-only console",
}


class OrgkgError(Exception):
    """An error with a stable code, printed to the user as one line."""

    def __init__(self, code: str, detail: str = "", path: str | None = None) -> None:
        self.code = code
        self.detail = detail
        self.path = path
        super().__init__(self.line())

    def line(self) -> str:
        """The one-line message: `E004 file.txt: cannot decode … (detail)`."""
        where = f" {self.path}:" if self.path else ""
        extra = f" ({self.detail})" if self.detail else ""
        return f"{self.code}{where} {MESSAGES.get(self.code, 'error')}{extra}"
