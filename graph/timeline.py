"""Time: HOLDS intervals from appointments and removals, and roster versions of groups.

An appointment opens a HOLDS interval (start = effective date, else the document's date).  A removal of the
same person from the same post closes the latest interval that started on or before it (a notice
of the same day counts: 任 in one notice, 免 in another of that date).  A later appointment of
someone else to a one-holder post (局长, 旗长 — never 副局长) closes the earlier holder's open
interval.  Observations (rosters, chronicles, minutes) are HOLDS with status observed, start =
end = the date.  An adjustment notice closes the earlier roster version of its group.  Dates are
ISO text and keep their precision (2023-01).
"""

from __future__ import annotations

from collections import defaultdict

OPENING = ("appointed", "probation", "confirmed", "nominated", "acting", "concurrent", "seconded")
STATUS_OF_ACTION = {
    "appoint": "appointed",
    "confirm": "confirmed",
    "nominate": "nominated",
    "concurrent": "concurrent",
    "remove": "removed",
    "nominate_remove": "removed",
    "resign": "removed",
}


def status_of(action: str | None, probation: bool = False, evidence: str = "",
              rank: str | None = None) -> str:
    """The HOLDS status of an appointment fact (挂职 → seconded, 代旗长 → acting, 试用期 → probation)."""
    status = STATUS_OF_ACTION.get(action or "", "appointed")
    if status == "appointed":
        if "挂职" in (evidence or ""):
            return "seconded"
        if rank and rank.startswith("代"):
            return "acting"
        if probation:
            return "probation"
    return status


def _order(e: dict) -> tuple:
    p = e["props"]
    when = p.get("start") or p.get("end") or p.get("date") or ""
    return (when, p.get("date") or "", p.get("doc_number") or "", p.get("line") or 0)


def _before_or_same(a: str | None, b: str | None) -> bool:
    """True when date `a` is not after date `b` (partial dates compare on their common precision)."""
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] <= b[:n]


def close_holds(edges: list[dict], one_holder: dict[str, bool]) -> None:
    """Set `end` and `ended_by` on HOLDS edges closed by a removal or by a successor's appointment."""
    by_post_person: dict[tuple[str, str], list[dict]] = defaultdict(list)
    by_post: dict[str, list[dict]] = defaultdict(list)
    for e in edges:
        by_post_person[(e["dst"], e["src"])].append(e)
        by_post[e["dst"]].append(e)
    for group in by_post_person.values():
        _close_by_removal(sorted(group, key=_order))
    for post, group in by_post.items():
        if one_holder.get(post):
            _close_by_successor(sorted(group, key=_order))


def _close_by_removal(group: list[dict]) -> None:
    for e in group:
        p = e["props"]
        if p["status"] == "removed":
            when = p.get("end") or p.get("date")
            opened = [o for o in group if o["props"]["status"] in OPENING and o["props"].get("end") is None
                      and _before_or_same(o["props"].get("start"), when)]
            if opened:
                last = opened[-1]["props"]
                last["end"], last["ended_by"] = when, e["id"]
        elif p["status"] == "confirmed":
            # Confirmation after probation continues the tenure: the probation interval ends there.
            for o in group:
                q = o["props"]
                if q["status"] == "probation" and q.get("end") is None and o is not e:
                    q["end"], q["ended_by"] = p.get("date") or p.get("start"), e["id"]


def _close_by_successor(group: list[dict]) -> None:
    opening = [e for e in group if e["props"]["status"] in OPENING and e["props"]["status"] != "concurrent"]
    for i, e in enumerate(opening):
        start = e["props"].get("start")
        for later in opening[i + 1:]:
            ls = later["props"].get("start")
            if later["src"] != e["src"] and start and ls and ls > start and e["props"].get("end") is None:
                e["props"]["end"], e["props"]["ended_by"] = ls, later["id"]
                break


def close_rosters(member_edges: list[dict], adjustments: dict[str, list[tuple[str, str]]]) -> None:
    """End MEMBER_OF edges of earlier roster versions at the date of the group's next adjustment notice.

    `adjustments` maps a group id to (document id, date) of the notices that adjusted it.
    """
    for e in member_edges:
        p = e["props"]
        for doc, date in sorted(adjustments.get(e["dst"], []), key=lambda t: t[1] or ""):
            if doc != p["version"] and date and p.get("start") and p["start"] < date and p.get("end") is None:
                p["end"], p["ended_by"] = date, doc
                break
