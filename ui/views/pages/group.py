"""The group page (drawn by ui.views.group)."""

from ui.views.group import render

render()
