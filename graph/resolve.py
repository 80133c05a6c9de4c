"""People: which mentions of a name are one person, with the reason for every decision.

Mentions of one name in one document are one person.  Across documents they merge only when the evidence
supports it: a score from how specific the name is, how the posts' jurisdictions relate (same, or one inside
the other — never sibling banners alone), a shared post or agency (a post chain: 任A … 免去A), compatible
ranks and dates.  Pairs that stay apart are linked by a scored POSSIBLY_SAME with its reasons, as are OCR
variants (菅韧 / 营韧: one character differs, same post, same day), which are never merged automatically.
Human judgements (graph/judgements.py) override all of it.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from extract.vocab import load_lines
from graph import agencies
from graph.judgements import Judgement, selects

MERGE_AT = 0.6
DATA = "graph/data"


@dataclass
class Mention:
    """One person named by one fact, with what the graph knows about the context."""

    key: str
    name: str
    doc: str
    doc_number: str | None
    file: str
    line: int
    date: str | None
    jurisdiction: str | None
    posts: list = field(default_factory=list)
    fact_type: str = ""
    action: str | None = None


@dataclass
class Person:
    """A resolved person: the mentions that are one individual and why they were merged."""

    id: str
    name: str
    mentions: list[Mention]
    aliases: list[str]
    merge_reasons: list[str]
    jurisdiction: str | None


@dataclass
class Resolution:
    """Persons, the person of each mention, POSSIBLY_SAME links and a log explaining every decision."""

    persons: list[Person]
    person_of: dict[str, str]
    possibly_same: list[tuple[str, str, float, list[str]]]
    log: list[tuple[str, str]]

    def explain(self, name: str) -> list[str]:
        """The decisions that concern `name`, in order."""
        return [text for who, text in self.log if name in who]


@dataclass
class _Cluster:
    mentions: list[Mention]
    reasons: list[str]
    pinned: bool = False

    @property
    def name(self) -> str:
        return Counter(m.name for m in self.mentions).most_common(1)[0][0]


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    return frozenset(w for line in load_lines(f"{DATA}/common_names.txt") for w in line.split())


@lru_cache(maxsize=1)
def _confusable() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(line.split()) for line in load_lines(f"{DATA}/ocr_confusables.txt"))


def _where(m: Mention) -> str:
    return f"{m.doc_number or m.file}:{m.line}"


def _post_text(m: Mention) -> str:
    return "、".join(p.title for p in m.posts) or "(no post)"


def _jurs(c: _Cluster) -> set[str]:
    out = {p.jurisdiction for m in c.mentions for p in m.posts if p.jurisdiction}
    return out or {m.jurisdiction for m in c.mentions if m.jurisdiction}


def _years(c: _Cluster) -> list[int]:
    return [int(m.date[:4]) for m in c.mentions if m.date]


def score(a: _Cluster, b: _Cluster) -> tuple[float, list[str], bool]:
    """(score, reasons, veto) for two clusters of the same name being one person."""
    name = a.name
    reasons: list[str] = []
    if name in _common():
        s = 0.0
        reasons.append(f"{name} is a common name (+0)")
    elif len(name) >= 3:
        s = 0.35
        reasons.append(f"{len(name)}-character name (+0.35)")
    else:
        s = 0.25
        reasons.append("2-character name (+0.25)")
    rel_order = {"same": 4, "lineal": 3, "sibling": 2, None: 1, "unrelated": 0}
    best, pair = "unrelated", None
    ja, jb = _jurs(a), _jurs(b)
    for x in ja:
        for y in jb:
            r = agencies.related(x, y)
            if pair is None or rel_order[r] > rel_order[best]:
                best, pair = r, (x, y)
    veto = False
    if best == "same":
        s += 0.35
        reasons.append(f"same jurisdiction {pair[0]} (+0.35)")
    elif best == "lineal":
        s += 0.25
        reasons.append(f"jurisdictions in one line: {pair[0]} / {pair[1]} (+0.25)")
    elif best == "sibling":
        s += 0.05
        reasons.append(f"different jurisdictions in one region: {pair[0]} / {pair[1]} (+0.05)")
    elif best == "unrelated" and pair:
        s -= 0.5
        veto = True
        reasons.append(f"unrelated jurisdictions {sorted(ja)} / {sorted(jb)} (-0.5)")
    else:
        reasons.append("jurisdiction unknown (+0)")
    s += _post_evidence(a, b, reasons)
    s += _rank_evidence(a, b, reasons)
    ya, yb = _years(a), _years(b)
    if ya and yb:
        gap = min(abs(x - y) for x in ya for y in yb)
        if gap > 8:
            s -= 0.1
            reasons.append(f"{gap} years apart (-0.1)")
    return round(s, 3), reasons, veto


def _post_evidence(a: _Cluster, b: _Cluster, reasons: list[str]) -> float:
    pa = {p.title: m for m in a.mentions for p in m.posts}
    pb = {p.title: m for m in b.mentions for p in m.posts}
    shared = sorted(set(pa) & set(pb))
    if shared:
        t = shared[0]
        acts = {pa[t].action, pb[t].action}
        chain = "post chain: " if acts & {"remove", "nominate_remove"} and len(acts) > 1 else ""
        reasons.append(f"{chain}same post {t} ({_where(pa[t])}, {_where(pb[t])}) (+0.4)")
        return 0.4
    aa = {p.agency for m in a.mentions for p in m.posts if p.agency}
    ab = {p.agency for m in b.mentions for p in m.posts if p.agency}
    common = sorted(aa & ab)
    if common:
        reasons.append(f"same agency {common[0]} (+0.25)")
        return 0.25
    return 0.0


def _rank_evidence(a: _Cluster, b: _Cluster, reasons: list[str]) -> float:
    ga = [(agencies.grade(p), p) for m in a.mentions for p in m.posts]
    gb = [(agencies.grade(p), p) for m in b.mentions for p in m.posts]
    ga = [x for x in ga if x[0] is not None]
    gb = [x for x in gb if x[0] is not None]
    if not ga or not gb:
        return 0.0
    diff, pa, pb = min(((abs(x - y), p, q) for x, p in ga for y, q in gb), key=lambda t: t[0])
    if diff <= 1.5:
        reasons.append(f"compatible ranks {pa.title} ~ {pb.title} (+0.1)")
        return 0.1
    if diff >= 3:
        reasons.append(f"ranks far apart {pa.title} / {pb.title} (-0.2)")
        return -0.2
    return 0.0


def _selected(c: _Cluster, selector: str) -> bool:
    return any(selects(selector, m.name, m.doc_number, m.file, m.line) for m in c.mentions)


def resolve(mentions: list[Mention], judgements: list[Judgement] = ()) -> Resolution:
    """Group mentions into persons, apply judgements, and link the pairs left apart."""
    log: list[tuple[str, str]] = []
    clusters = _initial(mentions, judgements, log)
    clusters = _apply_merges(clusters, judgements, log)
    vetoes = [j for j in judgements if j.decision == "not_same"]
    by_name: dict[str, list[_Cluster]] = defaultdict(list)
    for c in clusters:
        by_name[c.name].append(c)
    final: list[_Cluster] = []
    links = []
    for name in sorted(by_name):
        group = _agglomerate(by_name[name], vetoes, log)
        final.extend(group)
        for x, y in combinations(group, 2):
            s, reasons, _veto = score(x, y)
            if s > 0:
                links.append((x, y, min(1.0, s), reasons))
    links.extend(_ocr_variants(final, log))
    persons, person_of, ids = [], {}, {}
    for c in final:
        p = _person(c)
        persons.append(p)
        ids[id(c)] = p.id
        for m in c.mentions:
            person_of[m.key] = p.id
    possibly = sorted((ids[id(x)], ids[id(y)], s, r) for x, y, s, r in links)
    possibly = [(min(a, b), max(a, b), s, r) for a, b, s, r in possibly]
    persons.sort(key=lambda p: p.id)
    return Resolution(persons, person_of, possibly, log)


def _initial(mentions: list[Mention], judgements, log) -> list[_Cluster]:
    """One cluster per name per document; mentions a `split` judgement selects form their own."""
    splits = [j for j in judgements if j.decision == "split"]
    groups: dict[tuple, list[Mention]] = defaultdict(list)
    for m in mentions:
        hit = next((j for j in splits if selects(j.a, m.name, m.doc_number, m.file, m.line)), None)
        groups[("split", hit.line, m.name) if hit else (m.name, m.doc)].append(m)
    out = []
    for key, ms in sorted(groups.items(), key=lambda kv: str(kv[0])):
        reasons = []
        if key[0] == "split":
            j = next(j for j in splits if j.line == key[1])
            reasons.append(f"judgement (line {j.line}): split {j.a} — {j.reason}")
            log.append((key[2], f"split by judgement line {j.line}: {j.a} — {j.reason}"))
        elif len(ms) > 1:
            reasons.append(f"{len(ms)} mentions in one document {ms[0].doc_number or ms[0].file}")
        out.append(_Cluster(sorted(ms, key=lambda m: (m.file, m.line)), reasons, pinned=key[0] == "split"))
    return out


def _apply_merges(clusters: list[_Cluster], judgements, log) -> list[_Cluster]:
    for j in (j for j in judgements if j.decision == "merge"):
        left = [c for c in clusters if _selected(c, j.a)]
        right = [c for c in clusters if _selected(c, j.b)]
        if not left or not right:
            log.append((j.a + j.b, f"judgement line {j.line} ({j.a} = {j.b}) selects no mention"))
            continue
        keep = left[0]
        for c in left[1:] + right:
            if c is keep or c not in clusters:
                continue
            keep.mentions.extend(c.mentions)
            keep.reasons.extend(c.reasons)
            clusters.remove(c)
        keep.reasons.append(f"judgement (line {j.line}): merge {j.a} = {j.b} — {j.reason}")
        log.append((j.a + j.b, f"merged by judgement line {j.line}: {j.a} = {j.b} — {j.reason}"))
    return clusters


def _vetoed(x: _Cluster, y: _Cluster, vetoes) -> Judgement | None:
    for j in vetoes:
        if (_selected(x, j.a) and _selected(y, j.b)) or (_selected(x, j.b) and _selected(y, j.a)):
            return j
    return None


def _agglomerate(group: list[_Cluster], vetoes, log) -> list[_Cluster]:
    """Merge the best-scoring pair of clusters while one scores at least MERGE_AT and nothing forbids it."""
    group = list(group)
    refused: set[tuple[int, int]] = set()
    while True:
        best = None
        for x, y in combinations(group, 2):
            if (id(x), id(y)) in refused or x.pinned or y.pinned:
                continue
            s, reasons, veto = score(x, y)
            if s >= MERGE_AT and not veto and (best is None or s > best[0]):
                best = (s, x, y, reasons)
        if best is None:
            break
        s, x, y, reasons = best
        j = _vetoed(x, y, vetoes)
        if j:
            refused.add((id(x), id(y)))
            log.append((x.name, f"not merged ({_span(x)} / {_span(y)}): judgement line {j.line} says not the "
                                f"same — {j.reason}"))
            continue
        text = f"merged {_span(x)} + {_span(y)}: score {s:.2f} ≥ {MERGE_AT}: " + "; ".join(reasons)
        x.mentions.extend(y.mentions)
        x.reasons.extend(y.reasons)
        x.reasons.append(text)
        group.remove(y)
        log.append((x.name, text))
    for x, y in combinations(group, 2):
        s, reasons, veto = score(x, y)
        why = "judgement"
        if veto or s < MERGE_AT:
            why = "unrelated jurisdictions" if veto else f"score {s:.2f} < {MERGE_AT}"
        log.append((x.name, f"kept apart ({_span(x)} / {_span(y)}): {why}: " + "; ".join(reasons)))
    return group


def _span(c: _Cluster) -> str:
    docs = sorted({m.doc_number or m.file for m in c.mentions})
    posts = sorted({p.title for m in c.mentions for p in m.posts})
    return f"{c.name} [{', '.join(docs[:3])}{'…' if len(docs) > 3 else ''}; {', '.join(posts[:2]) or '-'}]"


def _ocr_variants(final: list[_Cluster], log) -> list[tuple]:
    """POSSIBLY_SAME links between names that differ in one character and share a post or an agency."""
    buckets: dict[tuple, list[_Cluster]] = defaultdict(list)
    for c in final:
        n = c.name
        for i in range(len(n)):
            buckets[(len(n), i, n[:i] + "?" + n[i + 1:])].append(c)
    out, seen = [], set()
    for (_len, i, _pat), cs in sorted(buckets.items(), key=lambda kv: kv[0]):
        for x, y in combinations(cs, 2):
            # Two names in one document are two people (孙军, 李军 appointed side by side).
            if x.name == y.name or (id(x), id(y)) in seen or {m.doc for m in x.mentions} & {
                    m.doc for m in y.mentions}:
                continue
            seen.add((id(x), id(y)))
            link = _variant_link(x, y, i)
            if link:
                out.append(link)
                log.append((x.name + y.name, f"possibly the same (OCR variant, never merged automatically): "
                                             f"{_span(x)} / {_span(y)}: " + "; ".join(link[3])))
    return out


def _variant_link(x: _Cluster, y: _Cluster, i: int) -> tuple | None:
    ca, cb = x.name[i], y.name[i]
    reasons = [f"names differ in one character: {ca}/{cb}"]
    s = 0.2
    if frozenset((ca, cb)) in _confusable():
        s += 0.2
        reasons.append(f"{ca} and {cb} are often confused")
    pa = {p.title for m in x.mentions for p in m.posts}
    pb = {p.title for m in y.mentions for p in m.posts}
    aa = {p.agency for m in x.mentions for p in m.posts if p.agency}
    ab = {p.agency for m in y.mentions for p in m.posts if p.agency}
    if pa & pb:
        s += 0.3
        reasons.append(f"same post {sorted(pa & pb)[0]}")
    elif aa & ab:
        s += 0.2
        reasons.append(f"same agency {sorted(aa & ab)[0]}")
    else:
        return None
    if {m.date for m in x.mentions if m.date} & {m.date for m in y.mentions if m.date}:
        s += 0.2
        reasons.append("same date")
    return x, y, round(min(s, 1.0), 3), reasons


def _level_rank(name: str) -> int:
    j = agencies.get(name)
    return agencies.rank_of_level(j.level if j else None)


def _person(c: _Cluster) -> Person:
    anchor = min((m.date or "9999", m.doc_number or "", m.file, m.line) for m in c.mentions)
    pid = "per:" + hashlib.sha1(f"{c.name}|{anchor}".encode()).hexdigest()[:16]
    names = Counter(m.name for m in c.mentions)
    jurs = Counter(p.jurisdiction for m in c.mentions for p in m.posts if p.jurisdiction)
    jurs = jurs or Counter(m.jurisdiction for m in c.mentions if m.jurisdiction)
    home = None
    if jurs:
        top = max(jurs.values())
        home = min((j for j, n in jurs.items() if n == top), key=lambda j: (_level_rank(j), j))
    return Person(pid, c.name, c.mentions, sorted(n for n in names if n != c.name), c.reasons, home)
