"""The document page (drawn by ui.views.document)."""

from ui.views.document import render

render()
