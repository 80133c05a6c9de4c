"""The ingest page (drawn by ui.views.ingest)."""

from ui.views.ingest import render

render()
