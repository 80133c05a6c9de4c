"""The pages of the Streamlit app, one module each (render() draws the page)."""
