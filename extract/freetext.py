"""Officials in running text: a post (or a chain of posts joined by 、) immediately followed by a name.

spaCy is the NLP layer: a blank Chinese pipeline (one token per character, nothing downloaded) with two
components of our own: a PhraseMatcher that marks post title words (局长, 副旗长 …) and a component that
reads the name after each title word and the post chain before it, and records them as PERSON spans whose
`._.post` is the post's character span.  Name boundaries come only from vocabularies (post titles,
surnames, Mongolian name characters, words that may follow a name), never from offsets.  The analysed
string is a whitespace-free copy of display text (`Squashed`), so every span maps back to `disp`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.names import (
    ends_with_title,
    looks_mongolian,
    mongolian_chars,
    plausible_name,
    post_titles,
    starts_post,
)
from extract.text import Text, to_match
from extract.vocab import load_lines

# Where a post printed in running text cannot reach across: sentence and clause marks, quotes, titles.
_POST_STOP = set("，。；;：:！!？?,“”\"‘’《》【】\n")
# Punctuation that may close a name.
_NAME_PUNCT = set("，。；;、：:,！!？?（(）)“”\"")
_QUOTE_OPEN = set("“‘《【\"")
_MAX_NAME = 7
_MAX_DOTTED = 15
_NAME_DOTS = set("·•・．")
_MAX_POST = 80


@lru_cache(maxsize=1)
def followers() -> tuple[str, ...]:
    """Words that may directly follow a person's name (主持, 参加, 在 …), longest first."""
    return tuple(sorted(set(load_lines("extract/data/name_followers.txt")), key=len, reverse=True))


@lru_cache(maxsize=1)
def lead_words() -> tuple[str, ...]:
    """Words that may stand before a post without being part of it (受, 由 …), longest first."""
    return tuple(sorted(set(load_lines("extract/data/post_lead_words.txt")), key=len, reverse=True))


@dataclass
class Squashed:
    """A stretch of display text with whitespace removed, keeping each character's display offset."""

    disp: str
    match: str
    idx: list[int]

    @classmethod
    def of(cls, text: Text, start: int, end: int) -> Squashed:
        """The whitespace-free copy of `text.disp[start:end]`."""
        # Runs of non-whitespace (\S is exactly "not str.isspace()"), copied a run at a time.
        runs = [(r.start(), r.end()) for r in _NON_SPACE.finditer(text.disp, start, end)]
        keep = [i for a, b in runs for i in range(a, b)]
        return cls("".join(text.disp[a:b] for a, b in runs), "".join(text.match[a:b] for a, b in runs), keep)

    def span(self, s: int, e: int) -> tuple[int, int]:
        """The display-text span of the squashed span [s, e)."""
        return self.idx[s], self.idx[e - 1] + 1


@dataclass
class Person:
    """A name found in running text, with the post printed right before it (None when there is none)."""

    name: tuple[int, int]
    post: tuple[int, int] | None
    follower: str
    known: bool = False


def name_score(m: str, s: int, e: int, known: set[str] | frozenset[str]) -> tuple[int, str]:
    """How certain m[s:e] is a whole name: 0 = not a name; plus the word or mark that follows it."""
    name = m[s:e]
    if not plausible_name(name):
        return 0, ""
    score = 4 if name in known else 0
    if e >= len(m):
        return score + 1, ""
    if m[e] in _NAME_PUNCT:
        return score + 3, m[e]
    for w in _followers_by_first().get(m[e], ()):
        if m.startswith(w, e):
            return score + (2 if len(w) > 1 else 1), w
    return score, ""


@lru_cache(maxsize=1)
def never_last() -> frozenset[str]:
    """Single-character followers that end no name (等)."""
    return frozenset(load_lines("extract/data/name_never_last.txt"))


@lru_cache(maxsize=1)
def _followers_by_first() -> dict[str, tuple[str, ...]]:
    """`followers()` grouped by first character, longest first within each group as in `followers()`."""
    out: dict[str, list[str]] = {}
    for w in followers():
        out.setdefault(w[0], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def best_name(m: str, s: int, known: set[str] | frozenset[str]) -> tuple[int, int, str] | None:
    """The most certain name starting at m[s] (end, score, follower), or None."""
    best = None
    for k in range(2, _max_name(m, s) + 1):
        if s + k > len(m):
            break
        score, fol = name_score(m, s, s + k, known)
        if best and m[s + k - 1] == best[2] and (k >= 4 or best[2] in never_last()) \
                and not looks_mongolian(m[s : s + k]):
            # 韩耀庭等出席: a four-character Han "name" ending with the word that closed a shorter one;
            # 向南等出席: a word no name ends with.
            continue
        if score and best and best[2] and _past_follower(m, s, best[0], s + k, known):
            # 古丽娜尔·买买提到达坂镇调研: a dotted name ends at its follower, not in the place after it.
            continue
        if score and (best is None or score > best[1]):
            best = (s + k, score, fol)
        if len(fol) > 1 and fol not in known:
            # A verb such as 参加 after a shorter name: a longer "name" would swallow it (刘锐参加).
            break
    return best


def _past_follower(m: str, s: int, short: int, long: int, known: set[str] | frozenset[str]) -> bool:
    """Whether a dotted name m[s:long] runs past the follower that closed m[s:short] into words that are no
    transcription (a name part is made of transcription characters, a place such as 达坂镇 is not)."""
    if m[s:long] in known or not any(c in _NAME_DOTS for c in m[s:short]):
        return False
    chars = mongolian_chars()
    return sum(c not in chars for c in to_match(m[short:long])) > 1


def _max_name(m: str, s: int) -> int:
    """The longest name to try at m[s]: a dotted name (热依汗古丽·买买提) has two parts of up to 7 each."""
    return _MAX_DOTTED if any(c in _NAME_DOTS for c in m[s : s + _MAX_NAME + 1]) else _MAX_NAME


def _pure_post(seg: str) -> bool:
    """True when a 、-separated segment is a whole post (旗委常委), not a name or a post with a name."""
    return len(seg) >= 2 and ends_with_title(seg) is not None


@lru_cache(maxsize=1)
def break_words() -> tuple[str, ...]:
    """Words after which a post starts afresh inside a clause (与, 传达学习 …), longest first."""
    return tuple(sorted(set(load_lines("extract/data/post_break_words.txt")), key=len, reverse=True))


def _strip_lead(m: str, s: int, e: int) -> int:
    """Skip sentence words before a post: 受旗人大常委会主任…, 在康巴什区与深能…公司董事长…."""
    cut = s
    for w in break_words():
        p = m.rfind(w, s, e)
        if p >= 0 and e - (p + len(w)) >= 2:
            cut = max(cut, p + len(w))
    for w in lead_words():
        if m.startswith(w, cut) and cut + len(w) < e and _after_lead(m[cut + len(w) : e], len(w)):
            return cut + len(w)
    return cut


def _after_lead(rest: str, lead_len: int) -> bool:
    """True when `rest` is a post once a lead word is cut off: it opens like a post, is one title word
    (由副市长…), or follows a phrase-long lead word (会议由…) that no post starts with."""
    return bool(starts_post(rest)) or (len(rest) >= 2 and (ends_with_title(rest) == rest or lead_len >= 3))


def post_before(m: str, end: int, floor: int) -> tuple[int, int] | None:
    """The post chain ending at `end` (旗委常委、政府副旗长), not reaching before `floor`."""
    s = end
    while s > floor and m[s - 1] not in _POST_STOP and m[s - 1] != "、":
        s -= 1
    start = s
    # Earlier 、-joined segments belong to the chain only when each is itself a whole post.
    while start > floor + 1 and m[start - 1] == "、":
        p = start - 1
        while p > floor and m[p - 1] not in _POST_STOP and m[p - 1] != "、":
            p -= 1
        if not _pure_post(m[p : start - 1]):
            break
        start = p
    if start > 0 and m[start - 1] in _QUOTE_OPEN:
        # A quoted phrase names a thing (“代表委员通道”), not a person's post.
        return None
    start = _strip_lead(m, start, end)
    if end - start < 2 or end - start > _MAX_POST:
        return None
    return start, end


def _title_ends(doc) -> list[int]:
    """Character offsets where a post title word ends, from the PhraseMatcher's spans."""
    return sorted({sp.end_char for sp in doc.spans.get("title", [])})


def _people_component(doc):
    """spaCy component: PERSON spans for names right after a post title word, with their post."""
    # The analysed string itself (Doc.text would rebuild it token by token).
    m = doc.user_data.get("text") or doc.text
    known = doc.user_data.get("known", frozenset())
    found: list[Person] = []
    floor = 0
    consumed = 0
    for e in _title_ends(doc):
        if e < consumed:
            continue
        hit = best_name(m, e, known)
        if hit is None:
            continue
        name_end, score, fol = hit
        post = post_before(m, e, floor)
        if post is None or _opens_with_known_name(m, post[0], e, known):
            continue  # 郭振宇市长强调: a known name with its title after it, not a post before a name
        found.append(Person((e, name_end), post, fol, m[e:name_end] in known))
        consumed = name_end
        # More names after the same post: 旗委常委、政府副旗长许瑞峰、李志彪参加会议.
        while consumed < len(m) and m[consumed] == "、":
            nxt = _listed_name(doc, m, consumed + 1, known)
            if nxt is None:
                break
            found.append(Person((consumed + 1, nxt[0]), post, nxt[1], m[consumed + 1 : nxt[0]] in known))
            consumed = nxt[0]
        floor = consumed + len(found[-1].follower) if found[-1].follower not in _NAME_PUNCT else consumed
    spans = []
    kept = []
    for p in found:
        sp = doc.char_span(p.name[0], p.name[1], label="PERSON")
        if sp is not None:
            sp._.post = p.post
            sp._.follower = p.follower
            sp._.known = p.known
            spans.append(sp)
            kept.append(p)
    doc.spans["person"] = spans
    doc.user_data["people"] = kept
    doc.ents = [sp for sp in spans]
    return doc


def _opens_with_known_name(m: str, s: int, e: int, known) -> bool:
    """Whether m[s:e] starts with a name already known in the file (the name before its title)."""
    return any(m[s : s + k] in known for k in range(2, min(_MAX_NAME, e - s) + 1))


def _listed_name(doc, m: str, s: int, known) -> tuple[int, str] | None:
    """A further name after 、 sharing the previous post, or None when a new post starts there."""
    e = s
    while e < len(m) and m[e] not in _POST_STOP and m[e] != "、":
        e += 1
    if any(s < t <= e for t in _title_ends(doc)):
        return None
    hit = best_name(m, s, known)
    if hit is None or hit[1] < 1:
        return None
    return hit[0], hit[2]


@lru_cache(maxsize=1)
def nlp():
    """The spaCy pipeline: blank Chinese (character tokens) + post titles + people (loaded once)."""
    import spacy
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span

    for ext in ("post", "follower", "known"):
        if not Span.has_extension(ext):
            Span.set_extension(ext, default=None)
    if "orgkg_post_titles" not in Language.factories:

        @Language.factory("orgkg_post_titles")
        def _make_titles(nlp, name):
            matcher = PhraseMatcher(nlp.vocab)
            # One-character title words (达) match inside ordinary words: only longer ones mark posts.
            matcher.add("TITLE", [nlp.make_doc(t) for t in post_titles() if len(t) > 1])

            def mark(doc):
                doc.spans["title"] = [doc[s:e] for _, s, e in matcher(doc)]
                return doc

            return mark

        Language.component("orgkg_people", func=_people_component)
    pipe = spacy.blank("zh")
    pipe.add_pipe("orgkg_post_titles")
    pipe.add_pipe("orgkg_people")
    return pipe


def people(sq: Squashed, known: set[str] | frozenset[str] = frozenset()) -> list[Person]:
    """The officials named after a post in a squashed stretch of running text."""
    if not _title_re().search(sq.match):
        return []  # no post title word, so no name after one: the pipeline would find nobody
    pipe = nlp()
    doc = _make_doc(pipe, sq.match)
    doc.user_data["known"] = known
    doc.user_data["text"] = sq.match
    for _, proc in pipe.pipeline:
        doc = proc(doc)
    found = list(doc.user_data["people"])
    taken = [p.name for p in found]
    for p in bracketed_posts(sq.match, known):
        if not any(a < p.name[1] and p.name[0] < b for a, b in taken):
            found.append(p)
    return sorted(found, key=lambda p: p.name[0])


# A post in brackets right after a name (张立新（县长）出席): the name opens a clause or a list item.  Read on
# folded text, where ，；：（） are , ; : ( ).
NAME_BRACKETED_POST = re.compile(r"(?:^|(?<=[,。;、:]))(?P<name>[^,。;、:()]{2,7})\((?P<post>[^()]{2,40})\)")


def bracketed_posts(m: str, known: set[str] | frozenset[str] = frozenset()) -> list[Person]:
    """People printed with their post in brackets after the name (张立新（县长）)."""
    out = []
    for b in NAME_BRACKETED_POST.finditer(m):
        name, post = b.group("name"), b.group("post")
        if not plausible_name(name) or ends_with_title(post) is None:
            continue
        e = b.end()
        fol = m[e] if e < len(m) and m[e] in _NAME_PUNCT else next(
            (w for w in _followers_by_first().get(m[e:e + 1], ()) if m.startswith(w, e)), "")
        out.append(Person(b.span("name"), b.span("post"), fol, name in known))
    return out


def _make_doc(pipe, text: str):
    """The Doc of one token per character that the blank Chinese tokenizer makes, built directly.

    The tokenizer re-finds each character in the rest of the text (quadratic on long entries); with no
    whitespace in the text its result is simply one token per character, none followed by a space.
    """
    if len(text) > pipe.max_length or _SPACE.search(text):
        return pipe.make_doc(text)
    from spacy.tokens import Doc

    return Doc(pipe.vocab, words=list(text), spaces=[False] * len(text))


_SPACE = re.compile(r"\s")
_NON_SPACE = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern:
    """Any title word the pipeline's PhraseMatcher marks (one token per character, so a substring)."""
    return re.compile("|".join(re.escape(t) for t in sorted(post_titles(), key=len, reverse=True) if len(t) > 1))
