"""The search page (drawn by ui.views.search)."""

from ui.views.search import render

render()
