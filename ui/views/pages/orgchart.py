"""The orgchart page (drawn by ui.views.orgchart)."""

from ui.views.orgchart import render

render()
