"""The ask page (drawn by ui.views.ask)."""

from ui.views.ask import render

render()
