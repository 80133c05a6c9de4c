"""Facts → canonical graph: `build(facts) -> (nodes, edges)` in the interchange format of docs/MODEL.md.

Every id is a hash of the identifying fields, so the same facts always give the same graph.  Every edge
carries its provenance: doc, line, evidence (the document's number, date and file are on its node).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from extract.patterns import NUMBER
from extract.text import squash, to_match
from graph import agencies, judgements, timeline
from graph.resolve import Mention, Resolution, resolve
from graph.store import DOC_PROVENANCE, REL_SCHEMA

PROVENANCE = ("doc", "line", "evidence")
# A notice whose title says 废止 repeals the documents it cites.
_REPEAL = re.compile(r"废止")
_ROLE_EDGE = {"oversees": "OVERSEES", "no_longer_oversees": "OVERSEES", "liaises": "LIAISES_WITH",
              "no_longer_liaises": "LIAISES_WITH", "assists": "ASSISTS", "no_longer_assists": "ASSISTS"}


def stable_id(prefix: str, *parts) -> str:
    """A deterministic id: prefix + a hash of the identifying fields."""
    key = "\x1f".join("" if p is None else str(p) for p in parts)
    return prefix + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def doc_id(number: str | None, file: str = "", title: str | None = None, line: int | None = None) -> str:
    """The Document id: the normalised 文号 when it names its issuer, else file + title + line."""
    if number:
        m = NUMBER.search(to_match(squash(number)))
        if m and m.group("code"):
            return stable_id("doc:", f"{m.group('code')}〔{m.group('year')}〕{int(m.group('seq'))}号")
    return stable_id("doc:", file, number, title, line)


class _Graph:
    """Nodes and edges being built, merged by id."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict] = {}
        self.edges: dict[str, dict] = {}

    def node(self, label: str, nid: str, **props) -> str:
        """Add a node or merge list properties into the existing one."""
        cur = self.nodes.get(nid)
        if cur is None:
            self.nodes[nid] = {"id": nid, "label": label, "props": props}
        else:
            for k, v in props.items():
                old = cur["props"].get(k)
                if isinstance(old, list) and isinstance(v, list):
                    cur["props"][k] = old + [x for x in v if x not in old]
                elif old is None and v is not None:
                    cur["props"][k] = v
        return nid

    def edge(self, type_: str, src: str, dst: str, prov: dict, *key, **props) -> dict:
        """Add an edge with provenance; its id hashes type, ends, document, line and `key`."""
        eid = stable_id("e:", type_, src, dst, prov.get("doc"), prov.get("line"), *key)
        e = {"id": eid, "type": type_, "src": src, "dst": dst, "props": {**prov, **props}}
        self.edges.setdefault(eid, e)
        return self.edges[eid]


class _Builder:
    """Walks the facts once: documents, jurisdictions, mentions; then resolves people and adds edges."""

    def __init__(self, facts: list[dict], judged: list) -> None:
        self.facts = facts
        self.judged = judged
        self.g = _Graph()
        self.doc_of: list[dict | None] = []
        self.docs: dict[str, dict] = {}
        self.jur_of_doc: dict[str, str | None] = {}
        self.mentions: dict[tuple[int, str], Mention] = {}
        self.res: Resolution | None = None

    def run(self) -> tuple[list[dict], list[dict]]:
        self._documents()
        self._collect_mentions()
        self.res = resolve(list(self.mentions.values()), self.judged)
        self._persons()
        holds, members, adjustments = [], [], {}
        for i, f in enumerate(self.facts):
            d = self.doc_of[i]
            if d is None or f["type"] == "document":
                continue
            handler = getattr(self, f"_fact_{f['type']}", None)
            if handler:
                handler(i, f, d, holds, members, adjustments)
        one = {n["id"]: n["props"]["one_holder"] for n in self.g.nodes.values() if n["label"] == "Post"}
        timeline.close_holds(holds, one)
        timeline.close_rosters(members, adjustments)
        for e in self.g.edges.values():
            _drop_document_copies(e)
        nodes = sorted(self.g.nodes.values(), key=lambda n: n["id"])
        edges = sorted(self.g.edges.values(), key=lambda e: e["id"])
        return nodes, edges

    # ---- documents and jurisdictions -------------------------------------------------------------

    def _documents(self) -> None:
        current: dict[str, dict] = {}
        by_key: dict[tuple, dict] = {}
        for f in self.facts:
            if f["type"] == "document":
                d = self._document_node(f)
                current[f["source"]["file"]] = d
                by_key[(f["source"]["file"], f.get("number"), f.get("title"))] = d
        for f in self.facts:
            file = f["source"]["file"]
            if f["type"] == "document":
                d = by_key[(file, f.get("number"), f.get("title"))]
                current[file] = d
            else:
                d = current.get(file)
                if d is None or (d["number"], d["title"]) != (f.get("document"), f.get("document_title")):
                    d = by_key.get((file, f.get("document"), f.get("document_title"))) or d
                if d is None:
                    d = self._document_node({"type": "document", "number": f.get("document"),
                                             "title": f.get("document_title"), "source": f["source"]})
            self.doc_of.append(d)
        self._jurisdictions()

    def _document_node(self, f: dict) -> dict:
        src = f["source"]
        did = doc_id(f.get("number"), src["file"], f.get("title"), src.get("line"))
        d = {"id": did, "number": f.get("number"), "title": f.get("title"), "issuer": f.get("issuer"),
             "date": f.get("date"), "kind": f.get("kind"), "file": src["file"],
             "sha256": src.get("sha256") or f.get("sha256")}
        self.docs.setdefault(did, d)
        self.g.node("Document", did, **{k: v for k, v in d.items() if k != "id"})
        return self.docs[did]

    def _jurisdictions(self) -> None:
        per_file: dict[str, Counter] = {}
        for d in self.docs.values():
            j = agencies.jurisdiction_of_issuer(d["issuer"], d["title"])
            self.jur_of_doc[d["id"]] = j
            if j:
                per_file.setdefault(d["file"], Counter())[j] += 1
        for d in self.docs.values():
            if self.jur_of_doc[d["id"]] is None and d["file"] in per_file:
                # A gazette's unsigned parts (大事记) belong to the file's usual issuer.
                self.jur_of_doc[d["id"]] = per_file[d["file"]].most_common(1)[0][0]
        for d in self.docs.values():
            j = self.jur_of_doc[d["id"]]
            self._jurisdiction_node(j)
            if d["issuer"]:
                name, jur = agencies.resolve_agency(d["issuer"], j)
                aid = self._agency_node(name, jur, d["issuer"])
                self.g.edge("ISSUED_BY", d["id"], aid, self._prov_doc(d))

    def _jurisdiction_node(self, name: str | None) -> str | None:
        if not name:
            return None
        chain = agencies.chain(name)
        for child, parent in zip(chain, chain[1:] + [None], strict=True):
            j = agencies.get(child)
            self.g.node("Jurisdiction", stable_id("jur:", child), name=child, level=j.level if j else None,
                        parent=parent)
            if parent:
                self.g.edge("PART_OF", stable_id("jur:", child), stable_id("jur:", parent), _table_prov())
        return stable_id("jur:", name)

    def _agency_node(self, name: str, jur: str | None, printed: str | None) -> str:
        aid = stable_id("ag:", name)
        pr = [squash(printed)] if printed else []
        self.g.node("Agency", aid, name=name, jurisdiction=jur, aliases=[p for p in pr if p != name],
                    printed=pr)
        jid = self._jurisdiction_node(jur)
        if jid:
            self.g.edge("PART_OF", aid, jid, _table_prov())
        return aid

    # ---- mentions and persons --------------------------------------------------------------------

    def _collect_mentions(self) -> None:
        for i, f in enumerate(self.facts):
            d = self.doc_of[i]
            if d is None or f["type"] == "document":
                continue
            name = f.get("person")
            if name:
                post = f.get("post") if f["type"] != "oversight" else f.get("person_post")
                self._mention(i, "person", name, post, f, d)
            if f["type"] == "oversight" and f.get("relation") == "backup" and f.get("target"):
                self._mention(i, "target", f["target"], None, f, d)

    def _mention(self, i: int, role: str, name: str, post: str | None, f: dict, d: dict) -> None:
        jur = self.jur_of_doc.get(d["id"])
        posts = agencies.resolve_post(post, jur) if post else []
        src = f["source"]
        self.mentions[(i, role)] = Mention(
            key=f"{i}:{role}", name=squash(name), doc=d["id"], doc_number=d["number"], file=src["file"],
            line=src.get("line") or 0,
            date=f.get("date") if f["type"] == "mention" and f.get("date") else d["date"],
            jurisdiction=jur, posts=posts, fact_type=f["type"], action=f.get("action"))

    def _persons(self) -> None:
        for p in self.res.persons:
            self.g.node("Person", p.id, name=p.name, jurisdiction=p.jurisdiction, aliases=p.aliases,
                        merge_reasons=p.merge_reasons)
        for a, b, s, reasons in self.res.possibly_same:
            self.g.edge("POSSIBLY_SAME", a, b, _table_prov(), score=s, reasons=reasons)

    def _person_of(self, i: int, role: str = "person") -> str | None:
        m = self.mentions.get((i, role))
        return self.res.person_of.get(m.key) if m else None

    # ---- edges from facts ------------------------------------------------------------------------

    def _prov(self, f: dict, d: dict) -> dict:
        src = f["source"]
        return {"doc": d["id"], "doc_number": d["number"], "file": src["file"], "line": src.get("line"),
                "evidence": src.get("text"), "date": d["date"]}

    def _prov_doc(self, d: dict) -> dict:
        return {"doc": d["id"], "doc_number": d["number"], "file": d["file"], "line": None,
                "evidence": d["title"], "date": d["date"]}

    def _post_nodes(self, i: int) -> list[tuple[str, agencies.PostRef]]:
        m = self.mentions.get((i, "person"))
        out = []
        for ref in m.posts if m else []:
            aid = self._agency_node(ref.agency, ref.jurisdiction, None) if ref.agency else None
            pid = stable_id("post:", ref.title)
            self.g.node("Post", pid, title=ref.title, printed=ref.printed, agency=aid, rank=ref.rank,
                        one_holder=agencies.is_one_holder(ref.rank))
            if not aid and ref.jurisdiction:
                self._jurisdiction_node(ref.jurisdiction)
            out.append((pid, ref))
        return out

    def _observe(self, i: int, f: dict, d: dict, holds: list, when: str | None) -> None:
        per = self._person_of(i)
        for pid, ref in self._post_nodes(i):
            status = "nominated" if ref.candidate else "observed"
            holds.append(self.g.edge("HOLDS", per, pid, self._prov(f, d), status, start=when, end=when,
                                     status=status, action=None, effective=None, ended_by=None))

    def _fact_appointment(self, i, f, d, holds, members, adjustments) -> None:
        per = self._person_of(i)
        for pid, ref in self._post_nodes(i):
            status = timeline.status_of(f.get("action"), bool(f.get("probation")), f["source"].get("text"),
                                        ref.rank)
            if ref.candidate and status not in ("removed",):
                status = "nominated"
            start = f.get("effective") or d["date"]
            if status == "removed":
                props = {"start": None, "end": d["date"]}
            else:
                props = {"start": start, "end": None}
            holds.append(self.g.edge("HOLDS", per, pid, self._prov(f, d), f.get("action"), status=status,
                                     action=f.get("action"), effective=f.get("effective"), ended_by=None,
                                     **props))

    def _fact_membership(self, i, f, d, holds, members, adjustments) -> None:
        gid = self._group(f.get("group"), d)
        if not gid:
            return
        order = sum(1 for e in members if e["dst"] == gid and e["props"]["version"] == d["id"])
        members.append(self.g.edge("MEMBER_OF", self._person_of(i), gid, self._prov(f, d), f.get("role"),
                                   role=f.get("role"), post=f.get("post"), version=d["id"], order=order,
                                   start=d["date"], end=None, ended_by=None))
        self._observe(i, f, d, holds, d["date"])

    def _fact_group(self, i, f, d, holds, members, adjustments) -> None:
        gid = self._group(f.get("name"), d, f)
        if not gid:
            return
        prov = self._prov(f, d)
        action = f.get("action")
        if action in ("establish", "adjust"):
            self.g.edge("ESTABLISHED_BY" if action == "establish" else "ADJUSTED_BY", gid, d["id"], prov)
            if action == "adjust":
                adjustments.setdefault(gid, []).append((d["id"], d["date"]))
        if f.get("parent"):
            parent = self._group(f["parent"], d)
            if parent:
                self.g.edge("SUBGROUP_OF", gid, parent, prov)
        home = self.jur_of_doc.get(d["id"])
        if f.get("office_at"):
            name, jur = agencies.resolve_agency(f["office_at"], home)
            self.g.edge("OFFICE_AT", gid, self._agency_node(name, jur, f["office_at"]), prov,
                        office_head=f.get("office_head"))
        for unit in f.get("member_units") or []:
            name, jur = agencies.resolve_agency(unit, home)
            self.g.edge("MEMBER_UNIT", self._agency_node(name, jur, unit), gid, prov)

    def _group(self, name: str | None, d: dict, f: dict | None = None) -> str | None:
        if not name:
            return None
        home = self.jur_of_doc.get(d["id"])
        jur, rest, prefix = agencies.strip_place(name, home)
        if prefix:
            canonical = (jur or "") + rest
        elif jur:
            canonical = rest  # a short place name glued to the name (鄂尔多斯XX) already names its place
        else:
            jur, canonical = home, (home or "") + rest
        gid = stable_id("grp:", canonical)
        props = {"name": squash(name), "canonical": canonical, "jurisdiction": jur}
        if f is not None:
            props["kind"] = f.get("kind")
        self.g.node("Group", gid, **{"kind": None, **props})
        return gid

    def _fact_oversight(self, i, f, d, holds, members, adjustments) -> None:
        per = self._person_of(i)
        rel = f.get("relation")
        target = f.get("target")
        if not per or not target:
            return
        prov = self._prov(f, d)
        if rel == "backup":
            other = self._person_of(i, "target")
            if other:
                self.g.edge("BACKUP_FOR", per, other, prov)
            return
        etype = _ROLE_EDGE.get(rel)
        if not etype:
            return
        home = self.jur_of_doc.get(d["id"])
        if agencies.looks_like_agency(target):
            name, jur = agencies.resolve_agency(target, home)
            dst = self._agency_node(name, jur, target)
        else:
            dst = self.g.node("Area", stable_id("area:", squash(target)), name=squash(target))
        stop = rel.startswith("no_longer")
        self.g.edge(etype, per, dst, prov, rel, relation=rel, **{"from": None if stop else d["date"]},
                    until=d["date"] if stop else None)
        self._observe(i, f, d, holds, d["date"])

    def _fact_attendance(self, i, f, d, holds, members, adjustments) -> None:
        per = self._person_of(i)
        date = f.get("date") or d["date"]
        meeting = f.get("meeting") or d["title"]
        mid = self.g.node("Meeting", stable_id("mtg:", meeting, date), name=meeting, date=date)
        self.g.edge("ATTENDED", per, mid, self._prov(f, d), f.get("role"), role=f.get("role"),
                    post=f.get("post"))
        self._observe(i, f, d, holds, date)

    def _fact_mention(self, i, f, d, holds, members, adjustments) -> None:
        per = self._person_of(i)
        date = f.get("date") or d["date"]
        self.g.edge("MENTIONED_IN", per, d["id"], self._prov(f, d), post=f.get("post"), observed=date)
        self._observe(i, f, d, holds, date)

    def _fact_citation(self, i, f, d, holds, members, adjustments) -> None:
        number, title = f.get("cited_number"), f.get("cited_title")
        if not number and not title:
            return
        cid = doc_id(number, "", title, None) if number else stable_id("doc:", "cited", squash(title))
        self.g.node("Document", cid, number=number, title=title, issuer=None, date=None, kind=None, file=None,
                    sha256=None)
        prov = self._prov(f, d)
        self.g.edge("CITES", d["id"], cid, prov, cited_title=title)
        if _REPEAL.search(d["title"] or ""):
            self.g.edge("REPEALS", d["id"], cid, prov, cited_title=title)


def _drop_document_copies(edge: dict) -> None:
    """Remove the document's number, date and file that ordered the timeline; its Document node has them."""
    own = REL_SCHEMA[edge["type"]][1]
    for key in DOC_PROVENANCE:
        if key not in own:
            edge["props"].pop(key, None)


def _table_prov() -> dict:
    return {k: None for k in PROVENANCE}


def build(facts: Iterable[dict], judgements_path: str | Path | None = None) -> tuple[list[dict], list[dict]]:
    """Resolve facts into canonical nodes and edges (docs/MODEL.md); judgements override resolution."""
    return _Builder(list(facts), judgements.load(judgements_path)).run()


def build_with_resolution(facts: Iterable[dict], judgements_path: str | Path | None = None):
    """(nodes, edges, Resolution): the graph and the person-resolution log (for `orgkg resolve --explain`)."""
    b = _Builder(list(facts), judgements.load(judgements_path))
    nodes, edges = b.run()
    return nodes, edges, b.res
