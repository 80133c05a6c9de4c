"""Page scripts run by st.navigation (ui/app.py); each draws one page of ui/views."""
