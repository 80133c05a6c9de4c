"""The person page (drawn by ui.views.person)."""

from ui.views.person import render

render()
