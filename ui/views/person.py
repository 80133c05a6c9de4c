"""Person: posts over time as a timeline chart, groups with roles, duties, meetings, and same-name decisions."""

from __future__ import annotations

import datetime as dt

import altair as alt
import streamlit as st

from extract.errors import OrgkgError
from queries.common import Ambiguous
from ui.views import common, writes

STATUS_COLOURS = {"appointed": "#1f77b4", "probation": "#9ecae1", "confirmed": "#08519c", "nominated": "#ff7f0e",
                  "acting": "#bcbd22", "concurrent": "#17becf", "seconded": "#9467bd", "observed": "#7f7f7f",
                  "removed": "#d62728"}


def _profile(store, who: str) -> dict:
    from queries.person import person_profile

    return person_profile(store, who)


def _timeline(store, who: str) -> list[dict]:
    from queries.person import timeline

    return timeline(store, who)


profile = common.cached(_profile)
events = common.cached(_timeline)


def iso_day(value: str | None, end: bool = False) -> str | None:
    """A partial ISO date as a full day (2024 → 2024-01-01, or 2024-12-31 for the end of an interval)."""
    if not value:
        return None
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31" if end else f"{parts[0]}-01-01"
    if len(parts) == 2:
        if not end:
            return f"{value}-01"
        y, m = int(parts[0]), int(parts[1])
        nxt = dt.date(y + m // 12, m % 12 + 1, 1)
        return (nxt - dt.timedelta(days=1)).isoformat()
    return value[:10]


def gantt_rows(posts: list[dict], today: str | None = None) -> list[dict]:
    """One bar per HOLDS interval: open intervals run to today, observations are one-day marks."""
    today = today or dt.date.today().isoformat()
    rows = []
    for p in posts:
        start = iso_day(p.get("start"))
        if start is None:
            continue
        end = iso_day(p.get("end"), end=True) or (start if p.get("status") == "observed" else today)
        ev = p.get("evidence") or {}
        rows.append({"post": p.get("post") or "-", "start": start, "end": max(end, start),
                     "status": p.get("status") or "-", "document": ev.get("document") or "-",
                     "evidence": " ".join((ev.get("text") or "").split())[:160]})
    return rows


def gantt(rows: list[dict]) -> alt.Chart:
    """Altair gantt of post intervals coloured by status (observations drawn as points)."""
    statuses = sorted({r["status"] for r in rows})
    colour = alt.Color("status:N", scale=alt.Scale(domain=statuses,
                                                   range=[STATUS_COLOURS.get(s, "#8c564b") for s in statuses]))
    base = alt.Chart(alt.Data(values=rows)).encode(
        y=alt.Y("post:N", sort=None, title=None, axis=alt.Axis(labelLimit=360)),
        color=colour,
        tooltip=["post:N", "status:N", "start:T", "end:T", "document:N", "evidence:N"],
    )
    bars = base.mark_bar(height=14).encode(x=alt.X("start:T", title=None), x2="end:T")
    points = base.mark_point(filled=True, size=80).encode(x="start:T")
    return (bars + points).properties(height=max(80, 28 * len({r["post"] for r in rows})))


def render() -> None:
    """Draw the Person page."""
    st.title("Person 人员")
    if common.store() is None:
        return
    # After a judgement the person's id may change: the page then follows the name (?name=).
    who = common.current_id("per") or st.query_params.get("name") or st.text_input("Name (or per: id)",
                                                                                   key="person_name")
    if not who:
        st.caption("Open a person from Search, or type a name.")
        return
    try:
        prof = profile(who)
    except Ambiguous as err:
        common.show_ambiguous(err, "person", "cand")
        return
    except OrgkgError as err:
        st.warning(err.line())
        return
    person = prof["person"]
    st.header(f"{person['name']}")
    st.caption(f"{person['jurisdiction'] or '-'} · {person['id']}")
    rows = gantt_rows(prof["posts"])
    if rows:
        st.altair_chart(gantt(rows), width="stretch")
    tabs = st.tabs(["Posts 职务", "Groups 小组", "Duties 分工", "Meetings 会议", "Mentions 记载", "Timeline 经历",
                    f"Same name? ({len({c['id'] for c in prof['homonyms'] + prof['possibly_same']})})"])
    with tabs[0]:
        common.table(prof["posts"], ["post", "status", "start", "end"], key="t-posts")
    with tabs[1]:
        _groups(prof["groups"])
    with tabs[2]:
        common.table(prof["duties"], ["relation", "target", "start", "end"], key="t-duties")
    with tabs[3]:
        common.table(prof["meetings"], ["meeting", "meeting_date", "role", "post"], key="t-meetings")
    with tabs[4]:
        common.table(prof["mentions"], ["post", "title"], key="t-mentions")
    with tabs[5]:
        common.table(events(person["id"]), ["date", "event", "what"], key="t-events")
    with tabs[6]:
        _same_name(prof)


def _groups(groups: list[dict]) -> None:
    common.table(groups, ["group", "role", "post", "start", "end"], key="t-groups")
    seen = {}
    for g in groups:
        seen.setdefault(g["group_id"], g["group"])
    for i, (gid, name) in enumerate(seen.items()):
        common.open_button(f"open group: {name}", gid, key=f"pg-{i}")


def _same_name(prof: dict) -> None:
    person = prof["person"]
    if not prof["homonyms"] and not prof["possibly_same"]:
        st.caption("No other person of this name, and no POSSIBLY_SAME candidate.")
        return
    st.markdown("Other people the graph keeps apart. Decide, and the graph is re-resolved with your judgement "
                f"(written to `{writes.judgements_path()}`).")
    scores = {c["id"]: c for c in prof["possibly_same"]}
    others = {c["id"]: c for c in prof["homonyms"]} | scores
    mine = _first_evidence(prof)
    for i, (oid, other) in enumerate(sorted(others.items())):
        with st.container(border=True):
            c = scores.get(oid)
            extra = f" · POSSIBLY_SAME score {c['score']:.2f}: {'；'.join(c.get('reasons') or [])}" if c else ""
            st.markdown(f"**{other['name']}** · {other.get('jurisdiction') or '-'} · `{oid}`{extra}")
            common.open_button("open", oid, key=f"so-{i}")
            theirs = _first_evidence(profile(oid))
            if mine is None or theirs is None:
                st.caption("no evidence row to select a mention by")
                continue
            a, b = writes.selector(person["name"], mine), writes.selector(other["name"], theirs)
            st.caption(f"{a}  ↔  {b}")
            left, right = st.columns(2)
            if left.button("same person", key=f"same-{i}"):
                _decide("merge", a, b, "same person (decided in orgkg ui)", person["name"])
            if right.button("different people", key=f"diff-{i}"):
                _decide("not_same", a, b, "different people (decided in orgkg ui)", person["name"])


def _first_evidence(prof: dict) -> dict | None:
    for key in ("posts", "groups", "duties", "meetings", "mentions"):
        for row in prof[key]:
            ev = row.get("evidence") or {}
            if ev.get("document") or (ev.get("file") and ev.get("line")):
                return ev
    return None


def _decide(decision: str, a: str, b: str, reason: str, name: str) -> None:
    path = writes.append_judgement(decision, a, b, reason)
    with st.spinner("re-resolving the graph…"):
        line = writes.rebuild()
    st.toast(f"{decision} {a} {b} → {path}; {line}")
    st.query_params.clear()
    st.query_params["name"] = name
    st.rerun()
