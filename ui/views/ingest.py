"""Ingest: upload documents (size limit), extract them with a progress bar, per-file errors, a summary."""

from __future__ import annotations

import os
import re
from pathlib import Path

import streamlit as st

from ui.views import common, writes

SUFFIXES = ["txt", "md", "html", "htm", "shtml", "pdf", "docx"]


def max_mb() -> int:
    """The upload size limit per file in MB (ORGKG_UI_MAX_UPLOAD_MB, default 50)."""
    try:
        return max(1, int(os.environ.get("ORGKG_UI_MAX_UPLOAD_MB", "50")))
    except ValueError:
        return 50


def upload_folder() -> Path:
    """Where uploads are kept (inside the database folder, so Document pages can show their text later)."""
    return Path(common.config().db) / "uploads"


def safe_name(name: str) -> str:
    """A file name without folders or characters that could escape the upload folder."""
    base = Path(name.replace("\\", "/")).name
    return re.sub(r"[\x00-\x1f/:*?\"<>|]", "_", base).lstrip(".") or "upload.txt"


def render() -> None:
    """Draw the Ingest page."""
    st.title("Ingest 导入")
    limit = max_mb()
    st.caption(f"{common.config().label} · files up to {limit} MB each: {', '.join(SUFFIXES)}")
    with st.form("ingest_form", clear_on_submit=True):
        files = st.file_uploader("Documents", type=SUFFIXES, accept_multiple_files=True, key="uploads")
        go = st.form_submit_button("Ingest 导入")
    if go and files:
        _ingest(files, limit)
    if "ingest_report" in st.session_state:
        _report(*st.session_state["ingest_report"])


def _ingest(files, limit: int) -> None:
    folder = upload_folder()
    folder.mkdir(parents=True, exist_ok=True)
    paths, refused = [], []
    for f in files:
        data = f.getvalue()
        if len(data) > limit * 1024 * 1024:
            refused.append(writes.FileResult(f.name, "failed", error=f"E008 file is too large (> {limit} MB)"))
            continue
        path = folder / safe_name(f.name)
        path.write_bytes(data)
        paths.append(path)
    bar = st.progress(0.0, text="starting")
    results, line = writes.ingest_files(paths, lambda x, msg: bar.progress(min(max(x, 0.0), 1.0), text=msg)) \
        if paths else ([], "graph unchanged")
    st.session_state["ingest_report"] = (refused + results, line)


def _report(results: list, line: str) -> None:
    ok = [r for r in results if r.status != "failed"]
    new_facts = sum(sum(r.facts.values()) for r in ok if r.status in ("new", "changed"))
    st.success(f"{len(ok)} of {len(results)} files ingested · {new_facts} new facts · {line}")
    st.dataframe([{"file": r.name, "status": r.status, "facts": sum(r.facts.values()),
                   "by type": " ".join(f"{k}:{v}" for k, v in sorted(r.facts.items())), "error": r.error or ""}
                  for r in results], hide_index=True, width="stretch")
    for r in results:
        if r.error:
            st.error(f"{r.name}: {r.error}")
