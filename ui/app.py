"""The orgkg Streamlit app: `orgkg ui` runs `streamlit run ui/app.py` (store from ORGKG_DB / ORGKG_NEO4J_URI)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from ui.views import common

HERE = Path(__file__).resolve().parent
# key → title; each page is the script ui/views/pages/<key>.py, served at /<key> (Search at /).
PAGES = {
    "search": "Search 搜索",
    "person": "Person 人员",
    "group": "Group 小组",
    "orgchart": "Org chart 架构",
    "document": "Document 文件",
    "ask": "Ask 提问",
    "ingest": "Ingest 导入",
}


def main() -> None:
    """Set up the page, register the pages for navigation, and run the one the URL asks for."""
    # No icons (page or app): Streamlit fetches a Material icon used as favicon from a font CDN, and the app
    # must work offline.
    st.set_page_config(page_title="orgkg", layout="wide")
    pages = {key: st.Page(HERE / "views" / "pages" / f"{key}.py", title=title, url_path=key, default=key == "search")
             for key, title in PAGES.items()}
    common.PAGES.clear()
    common.PAGES.update(pages)
    current = st.navigation(list(pages.values()))
    st.sidebar.markdown("**orgkg** · Chinese government documents → org graph, with evidence")
    common.sidebar_status()
    current.run()


main()
