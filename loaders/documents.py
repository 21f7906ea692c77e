"""Extraction of symbols, resolution citations, tasks, holders and visits from UN document texts.

``extract(text, name) -> Extraction``. Every extracted item carries a ``locator`` ("para. 7 (b),
fn. 3") and a ``span`` (start, end) in the ORIGINAL text. The text is first segmented
(``loaders.segments``: page furniture out, lines joined, footnotes as streams of their own, each
character keeping its offset in the original).
"""

from __future__ import annotations

import re

from .facts import (DocumentInfo, Extraction, HolderMention, MandateDecision, RequestedVisit,  # noqa: F401
                    ResolutionCitation, SymbolMention, TaskAttribution, TaskItem, Visit)
from .own_symbol import agenda_symbol, own_symbol
from .pursuant import find_pursuant, reporting_requirement
from .segments import Segmented, Stream
from .un_dates import parse_date
from .resolution_citations import (BODY_NAME_RE as _BODY_RE, body_fits_number, body_of_name,
                                   find_resolution_citations, is_session_numeral_number, split_paragraphs)
from .symbols import SYMBOL_RE, Symbol, find_symbols, is_year_number
from .unshout import unshout

__all__ = ["extract", "Extraction", "DocumentInfo", "SymbolMention", "ResolutionCitation",
           "TaskItem", "TaskAttribution", "HolderMention", "Visit", "RequestedVisit", "MandateDecision"]

Span = tuple[int, int]


# ------------------------------------------------------------------------ patterns

_PLIST = r"\d{1,3}(?:\s*\([a-z]{1,4}\))*(?:\s*(?:,|and|to|-)\s*(?:\d{1,3}(?:\s*\([a-z]{1,4}\))*|\([a-z]{1,4}\)))*"
_IBID_RE = re.compile(rf"\bIbid\.(?:,?\s*(?:paras?\.)\s*({_PLIST}))?")
_SENT_END = re.compile(r"(?<!\bpara)(?<!\bparas)(?<!\bNo)(?<!\bIbid)(?<![\s.][A-Z])[.?!][\"')]?\s+(?=[A-Z\"(])|;\s")

_MONTHS = {m: i for i, m in enumerate(
    "January February March April May June July August September October November December".split(), 1)}
_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE = rf"(?:\d{{1,2}}\s+{_MON}\s+\d{{4}}|{_MON}\s+\d{{4}}|\d{{4}})"
_NAME = (r"(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[A-Z][a-zA-Z\u00c0-\u017f'-]+"
         r"(?:\s+(?:[A-Z]\.|[A-Z][a-zA-Z\u00c0-\u017f'-]+|dos|da|de|del|van|von|der)){1,5}")
# The expert's title with any mandate topic ("Independent Expert on ...", "Special Rapporteur on ..."):
# the extractor knows no particular mandate.
_IE = r"(?:Independent Expert|Special Rapporteur)(?: on [a-z][a-z ,'-]{0,200}?)?"


def _iso(d: str) -> str:
    m = re.fullmatch(rf"(\d{{1,2}})\s+({_MON})\s+(\d{{4}})", d.strip())
    if m:
        return f"{m.group(3)}-{_MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"
    m = re.fullmatch(rf"({_MON})\s+(\d{{4}})", d.strip())
    if m:
        return f"{m.group(2)}-{_MONTHS[m.group(1)]:02d}"
    return d.strip()


_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORDINALS = {w: i for i, w in enumerate(_UNITS + ("tenth eleventh twelfth thirteenth fourteenth "
             "fifteenth sixteenth seventeenth eighteenth nineteenth").split(), 1)}
for _i, _t in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split()):
    _ORDINALS[_t[:-1] + "ieth"] = 20 + 10 * _i
    _ORDINALS.update({f"{_t}-{_u}": 21 + 10 * _i + _j for _j, _u in enumerate(_UNITS)})


# ---------------------------------------------------------------------- extraction

class _Doc(Segmented):
    def __init__(self, text: str, name: str):
        super().__init__(text)
        self.name = name


def _sentence(t: str, s: int, e: int) -> Span:
    """The sentence around t[s:e]: from the end of the last sentence end before s to the next one from e."""
    m = _SENT_END.search(t, e)
    return _last_sentence_end(t, s), (m.start() + 1 if m else len(t))


def _last_sentence_end(t: str, s: int) -> int:
    # Look back in a widening window, not from the text's start: scanning from 0 on every call made an 800 KB
    # text's extraction spend half its 6.9 s here. A sentence end starts with one of .?!; and holds none of them
    # after, so ends never overlap and the window finds the same last one a scan from 0 would.
    width = 2000
    while True:
        lo = max(0, s - width)
        last = None
        for last in _SENT_END.finditer(t, lo, s):
            pass
        if last is not None:
            return last.end()
        if lo == 0:
            return 0
        width *= 8


def _doc_year_max_hrc(sym: Symbol | None) -> int | None:
    if sym is None or sym.session is None or not sym.session.isdecimal():
        return None
    if sym.series == "A/HRC":
        return int(sym.session) + 2
    if sym.series == "A":
        return (1945 + int(sym.session) - 2006) * 3 + 3
    return None


# a declaration, convention or set of principles named right before the resolution whose annex it is: "the Declaration on
# ... (resolution 53/144, annex)", "the Convention on ..., adopted by resolution 44/25, annex"
_INSTRUMENT_ANNEX = re.compile(r"\b(?:Declaration|Convention|Covenant|Principles|Rules)\b[^();.]{0,300}?"
                               r"(?:\(\s*|,?\s+(?:adopted|proclaimed|set out)\s+(?:by|in)\s+)$")
# or by the annex itself: "the Principles ... (annexed to resolution 48/134)", "the Declaration, in the annex to resolution
# 47/135"
_ANNEX_TO = re.compile(r"\b(?:Declaration|Convention|Covenant|Principles|Rules)\b[^();.]{0,300}?"
                       r"(?:\(\s*|\b)(?:annexed to|(?:contained |set out )?in the annex to|the annex to)\s+$")


def _citations(d: _Doc, st: Stream, fn: int | None, max_hrc: int | None) -> list[ResolutionCitation]:
    t = unshout(st.masked)
    out: list[ResolutionCitation] = []
    for cm in find_resolution_citations(t):
        body, src, yearly = cm.body, "explicit", is_year_number(cm.number)
        old_numbering = is_session_numeral_number(cm.number)
        if body is None:
            src = "context"
            sent = _sentence(t, cm.keyword_start, cm.list_end)
            cands = sorted((abs(m.start() - cm.keyword_start) + (0 if m.start() < cm.keyword_start else 10**6),
                            body_of_name(m)) for m in _BODY_RE.finditer(t, sent[0], sent[1])
                           if not re.match(r"\s+(?:resolutions?|decisions?)\b", t[m.end():]))
            cands = [b for _, b in cands if body_fits_number(b, cm.number) and b != "SC"]
            if cands:
                body = cands[0]
            elif not yearly and ((_INSTRUMENT_ANNEX.search(t, sent[0], cm.keyword_start)
                                  and re.match(r"\s*,\s*annex\b", t[cm.end:]))
                                 or _ANNEX_TO.search(t, sent[0], cm.keyword_start)):
                body = "GA"                 # an instrument the Assembly adopted, cited by the annex of its resolution
            else:
                src, body = "number", ("GA" if old_numbering else "CHR" if yearly else "HRC")
            if body == "HRC" and max_hrc and int(cm.number.split("/")[0].lstrip("S-") or 0) > max_hrc:
                body = "GA"
        where, para = d.loc(cm.start, fn)
        out.append(ResolutionCitation(f"{body} {cm.number}", body, cm.number, cm.kind,
                                      list(cm.paragraphs), where, st.span(cm.start, cm.end), para, fn,
                                      False, src, parse_date(cm.date)))
    return out


def _resolve_ibid(d: _Doc, st: Stream, fn: int, prev: list[ResolutionCitation],
                  symbol_after: bool) -> list[ResolutionCitation]:
    """"Ibid." refers to the previous footnote's last work: resolved when that is a resolution."""
    m = _IBID_RE.search(st.masked)
    if not m or not prev or symbol_after:
        return []
    last = prev[-1]
    where, para = d.loc(m.start(), fn)
    paras = split_paragraphs(m.group(1)) if m.group(1) else list(last.paragraphs)
    return [ResolutionCitation(last.ref, last.body, last.number, last.kind, paras, where,
                               st.span(m.start(), m.end()), para, fn, True, "ibid")]


def _symbols(d: _Doc, st: Stream, fn: int | None, own: str | None) -> list[SymbolMention]:
    out = []
    t = st.masked
    for sm in find_symbols(t):
        where, para = d.loc(sm.start, fn)
        if fn is None and own and sm.text == own and sm.start < d.first:
            continue
        sym = sm.symbol
        out.append(SymbolMention(sm.text, sym is not None, sym.body if sym else None,
                                 sym.session if sym else None, where, st.span(sm.start, sm.end),
                                 para, fn, sm.error))
        if sym is None:
            continue
        pos, mod = sm.end, None
        if len(sym.modifiers) == 1 and re.match(r"(?:Add|Rev|Corr)\.", sym.modifiers[0]) and \
                re.match(r"\s*(?:,|and)\s*\d{1,2}(?:\s*,\s*\d{1,2})*\s*,?\s*and\s+\d{1,2}(?![\w/]|\.\d|\s+[A-Z][a-z])", t[pos:]):
            mod = sym.modifiers[0].split(".")[0]  # a run of addenda after the first's full symbol: "A/HRC/30/36/Add.2, 4 and 3"
            sym = Symbol(sym.series, sym.session, sym.number)
        while True:                               # "A/HRC/21/44 and Add.1", "E/CN.4/2006/73 and Add.1 and 2"
            m = re.match(r"\s*(?:,|and|,\s*and)\s*((Add|Rev|Corr)\.\s?(\d{1,3}))(?![\w/])", t[pos:])
            if m:
                mod, num = m.group(2), m.group(3)
            elif mod and (m := re.match(r"\s*(?:,|and|,\s*and)\s*((\d{1,3}))(?![\w/]|\.\d|\s+[A-Z][a-z])", t[pos:])):
                num = m.group(2)                  # the next of a run of addenda: "and 2", ", 3"
            else:
                break
            s2 = Symbol(sym.series, sym.session, sym.number, (f"{mod}.{num}",))
            a, b = pos + m.start(1), pos + m.end(1)
            out.append(SymbolMention(s2.format(), True, s2.body, s2.session, where,
                                     st.span(a, b), para, fn))
            pos += m.end()
    return out


def _document(d: _Doc, own_sym: Symbol | None, own_span, agenda: Symbol | None = None) -> DocumentInfo:
    info = DocumentInfo(d.name)
    if agenda and not own_sym:                # on the agenda of GA 68: a document of GA 68
        info.body = agenda.body
        info.session = int(agenda.session) if agenda.session and agenda.session.isdecimal() else None
    if own_sym:
        info.symbol, info.body = own_sym.format(), own_sym.body
        info.session = (int(own_sym.session) if own_sym.session and own_sym.session.isdecimal() and own_sym.body
                        else None)           # (a Working Group's session, A/HRC/WGEID/119/1, is no session of a body)
        info.symbol_span = info.span = own_span
        if own_span is None:
            info.locator = "file name"
    t = d.body.masked
    head = t[:max(d.first, 0)][:3000]
    m = re.search(r"\b([A-Z][a-z]+(?:-[a-z]+)?)\s+session\b", head)
    if m and m.group(1).lower() in _ORDINALS:
        if info.session is None:
            info.session = _ORDINALS[m.group(1).lower()]
        if info.body is None:
            bodies = [b for b in _BODY_RE.finditer(head, 0, m.start())]
            if bodies:
                info.body = body_of_name(bodies[-1])
    m = re.search(rf"(?<!former )(?<!first )(?<!second )(?<!previous )(?<!late )\b{_IE},\s+({_NAME}),",
                  t[:max(d.first + 2500, 2500)])
    if m:
        name = re.sub(r"^(?:(?:Mr|Ms|Mrs|Dr|Prof)\.\s+|Professor\s+|Sir\s+|Dame\s+)", "", m.group(1))
        info.author = name
        s = m.start(1) + (len(m.group(1)) - len(name))
        info.author_span = d.body.span(s, m.end(1))
    return info


def _tasks(d: _Doc, cites_by_fn: dict[int, list[ResolutionCitation]],
           body_cites: list[ResolutionCitation]) -> list[TaskAttribution]:
    st, t = d.body, d.body.masked
    out: list[TaskAttribution] = []

    def item_text(s: int, e: int) -> tuple[str, Span] | None:
        while e > s and (t[e - 1].isspace() or t[e - 1] in ";,."):
            e -= 1
        if t[e - 4:e] == " and" or t[e - 3:e] == " or":
            e = t.rfind(" ", s, e)
            while e > s and (t[e - 1].isspace() or t[e - 1] in ";,"):
                e -= 1
        if e <= s:
            return None
        return re.sub(r"\s+", " ", t[s:e]), st.span(s, e)

    def refs(cs):
        return [{"ref": c.ref, "kind": c.kind, "paragraphs": list(c.paragraphs)} for c in cs]

    for p in d.paras:
        for letter, s, e in d.items[p[0]]:
            inside = [n for n, at in d.markers.items() if s <= at < e]
            if not inside:
                continue
            n = max(inside)
            cs = cites_by_fn.get(n, [])
            tx = item_text(s, d.markers[n])
            if not cs or not tx:
                continue
            loc = f"para. {p[0]} ({letter})"
            out.append(TaskAttribution("footnote", loc, tx[1], refs(cs),
                                       [TaskItem(letter, tx[0], loc, tx[1])], letter, n))
    trig = re.compile(rf"\brequested\s+(?:that\s+)?the\s+{_IE}(?:,\s*inter alia,)?\s*(?:to\b)?\s*:?"
                      rf"|\bestablished\s+the\s+mandate\s+of\s+the\s+{_IE}\s+to\s*:")
    for m in trig.finditer(t):
        p = d.para_at(m.start())
        pe = p[2] if p else d.first
        s_sent = _sentence(t, m.start(), m.start())[0]
        lo, hi = st.span(s_sent, m.end())
        cs = [c for c in body_cites if c.fn is None and lo <= c.span[0] < hi]
        if not cs:
            continue
        where, _ = d.locate(m.start())
        tasks = []
        its = [i for i in (d.items.get(p[0], []) if p else []) if i[1] >= m.end()]
        if its:
            for letter, s, e in its:
                tx = item_text(s, e)
                if tx:
                    tasks.append(TaskItem(letter, tx[0], f"para. {p[0]} ({letter})", tx[1]))
            end = its[-1][2]
        else:
            em = re.search(r"\.(?:\s|$)", t[m.end():pe])
            end = m.end() + em.start() if em else pe
            a = m.end()
            for seg in re.finditer(r"[^;]+", t[a:end]):
                s, e = a + seg.start(), a + seg.end()
                while s < e and t[s].isspace():
                    s += 1
                if t.startswith("and ", s):
                    s += 4
                tx = item_text(s, e)
                if tx:
                    tasks.append(TaskItem(None, tx[0], where, tx[1]))
        if tasks:
            out.append(TaskAttribution("request", where, st.span(m.start(), end), refs(cs), tasks))
    return out


_COUNTRY = r"(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:of|and|the|\([^)]*\)|[A-Z][\w'-]*))*"
_AND_NAMES = ("Bosnia and Herzegovina", "Trinidad and Tobago", "Antigua and Barbuda",
              "Saint Kitts and Nevis", "Saint Vincent and the Grenadines", "Sao Tome and Principe")


def _country_list(t: str, s: int, e: int) -> list[tuple[str, int, int]]:
    seg = t[s:e]
    prot = seg
    for n in _AND_NAMES:
        prot = prot.replace(n, n.replace(" and ", " &&& "))
    out = []
    for m in re.finditer(r"[^,]+", prot):
        parts = re.split(r"\s+and\s+", m.group(0))
        off = m.start()
        for part in parts:
            i = prot.index(part, off)
            off = i + len(part)
            a, b = i + (len(part) - len(part.lstrip())), i + len(part.rstrip())
            if seg.startswith("the ", a):
                a += 4
            name = seg[a:b]
            if name and name[0].isupper():
                out.append((name, s + a, s + b))
    return out


def _people_and_places(d: _Doc, author: str | None, symbols_by_fn) -> tuple[list, list, list]:
    st, t = d.body, d.body.masked
    holders: list[HolderMention] = []

    def add(name, is_author, role, appointed, by, took, s, e):
        by = {"HRC2": "HRC", "CHR2": "CHR", "GA2": "GA"}.get(by, by)
        for h in holders:
            if h.name == name and h.span[0] <= st.span(s, e)[0] + 200 and st.span(s, e)[0] <= h.span[1] + 200:
                h.appointed = h.appointed or appointed
                h.appointed_by = h.appointed_by or by
                h.role = h.role or role
                h.took_up_functions = h.took_up_functions or took
                return
        holders.append(HolderMention(name, is_author, role, appointed, by, took, d.locate(s)[0],
                                     st.span(s, e)))

    def body_of(x):
        bm = _BODY_RE.search(x or "")
        return body_of_name(bm) if bm else None

    pats = [
        (rf"On ({_DATE}), the ([A-Z][\w ]*?) appointed ({_NAME}) as", lambda m: (m.group(3), None, m.group(1), m.group(2), None)),
        (rf"(?:the )?(current|former|first|second|third|new) {_IE},\s+({_NAME}),\s+(?:was|has been) appointed by the ([A-Z][\w ]*?) (?:in|on) ({_DATE})",
         lambda m: (m.group(2), m.group(1).lower(), m.group(4), m.group(3), None)),
        (rf"({_NAME}),?\s+(?:was|has been) appointed by the ([A-Z][\w ]*?) (?:in|on) ({_DATE})", lambda m: (m.group(1), None, m.group(3), m.group(2), None)),
        (rf"[Ss]ince (?:his|her|their) appointment by the ([A-Z][\w ]*?) (?:in|on) ({_DATE})", lambda m: (None, "current", m.group(2), m.group(1), None)),
        (rf"[Tt]he appointment of ({_NAME}) as the (first|second|third|fourth|fifth) {_IE},? in ({_DATE})",
         lambda m: (m.group(1), m.group(2), m.group(3), None, None)),
        (rf"(?:[Ss]ince )?(?:taking office|assuming (?:his|her) functions|took up (?:his|her) functions) on ({_DATE})",
         lambda m: (None, "current", None, None, m.group(1))),
        (rf"the (first|second|third|former|previous) {_IE},\s+({_NAME})", lambda m: (m.group(2), m.group(1), None, None, None)),
    ]
    for pat, get in pats:
        for m in re.finditer(pat, t):
            name, role, date, by, took = get(m)
            if name:     # an upper-case word before it ("ENDS\n\nMr NAME was appointed"), then a title with or without a dot
                name = re.sub(r"^(?:[A-Z]{2,}\s+)+(?=[A-Z][a-z])", "", name)
                name = re.sub(r"^(?:Mr|Ms|Mrs|Dr)\.?\s+", "", name)
            is_author = name is None or name == author
            add(name or author, is_author, role, _iso(date) if date else None, body_of(by),
                _iso(took) if took else None, m.start(), m.end())
    visits: list[Visit] = []
    for m in re.finditer(rf"(?:visit|mission)\s+to\s+({_COUNTRY})\s+from\s+(\d{{1,2}})(?:\s+({_MON}))?(?:\s+(\d{{4}}))?"
                         rf"\s+to\s+(\d{{1,2}})\s+({_MON})\s+(\d{{4}})", t):
        y2, mo2 = m.group(7), m.group(6)
        start = _iso(f"{m.group(2)} {m.group(3) or mo2} {m.group(4) or y2}")
        end = _iso(f"{m.group(5)} {mo2} {y2}")
        p = d.para_at(m.start())
        rep = None
        lim = d.paras[min(len(d.paras) - 1, d.paras.index(p) + 3)][2] if p else m.end() + 1500
        rm = re.search(r"report on (?:the|this|that|her|his) (?:country (?:study )?)?(?:mission|visit)\W{0,3}\(?\s*("
                       + SYMBOL_RE.pattern + ")", t[m.end():lim])
        if rm:
            rep = rm.group(1)
        sent = t[_sentence(t, m.start(), m.start())[0]:m.start()]
        holder = author if re.search(r"(?i)\bthe Independent Expert\b", sent) and not re.search(r"former|previous", sent) else None
        visits.append(Visit(m.group(1).removeprefix("the "), start, end, "completed", rep, holder,
                            d.locate(m.start())[0], st.span(m.start(), m.end())))
    for m in re.finditer(rf"(?:carried out|conducted|undertook|undertaken|made)\s+(?:official\s+)?(?:country\s+)?"
                         rf"(?:visits|missions)\s+to\s+((?:{_COUNTRY})(?:,\s+{_COUNTRY})*(?:,?\s+and\s+{_COUNTRY})?)", t):
        cl = _country_list(t, m.start(1), m.end(1))
        reps: list[str | None] = [None] * len(cl)
        fns = [n for n, at in d.markers.items() if m.end(1) <= at <= m.end(1) + 3]
        if fns:
            syms = [s.symbol for s in symbols_by_fn.get(fns[0], []) if s.valid]
            if len(syms) == len(cl):
                reps = syms
        for (name, a, b), rep in zip(cl, reps):
            visits.append(Visit(name, None, None, "completed", rep, None, d.locate(a)[0], st.span(a, b)))
    requested: list[RequestedVisit] = []
    for m in re.finditer(r"requested (?:an )?invitations?[^.:]{0,80}?to visit (?:the following countries:\s*)?"
                         rf"((?:{_COUNTRY})(?:,\s+{_COUNTRY})*(?:,?\s+and\s+{_COUNTRY})?)", t):
        cl = _country_list(t, m.start(1), m.end(1))
        where = d.locate(m.start())[0]
        items = [RequestedVisit(n, "requested", where, st.span(a, b)) for n, a, b in cl]
        p = d.para_at(m.start())
        rest = t[m.end():(p[2] if p else m.end() + 600)]
        am = re.search(rf"Governments? of ((?:{_COUNTRY})(?:,\s+{_COUNTRY})*(?:,?\s+and\s+{_COUNTRY})?),?\s+"
                       r"(?:which|who) (?:have|has) (?:already )?(?:agreed|accepted)", rest)
        if am:
            for n, a, b in _country_list(t, m.end() + am.start(1), m.end() + am.end(1)):
                for it in items:
                    if it.country == n:
                        it.status, it.accepted_span = "accepted", st.span(a, b)
        requested.extend(items)
    return holders, visits, requested


def extract(text: str, name: str) -> Extraction:
    """Extract document metadata, symbols, citations, tasks, holders and visits from a text."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    d = _Doc(text, name)
    own_sym, own_span = own_symbol(d)
    agenda = None if own_sym else agenda_symbol(d)
    info = _document(d, own_sym, own_span, agenda)
    max_hrc = _doc_year_max_hrc(own_sym or agenda)
    citations: list[ResolutionCitation] = []
    symbols: list[SymbolMention] = []
    by_fn: dict[int, list[ResolutionCitation]] = {}
    sym_by_fn: dict[int, list[SymbolMention]] = {}
    for st, fn in [(d.body, None)] + [(f, n) for n, f in d.fns.items()]:
        sy = _symbols(d, st, fn, info.symbol)
        cs = _citations(d, st, fn, max_hrc)
        if fn is not None:
            prev = by_fn.get(fn - 1, [])
            psy = sym_by_fn.get(fn - 1, [])
            last_c = max((c.span[0] for c in prev), default=-1)
            ib = _resolve_ibid(d, st, fn, prev, any(s.span[0] > last_c for s in psy))
            cs = sorted(ib + cs, key=lambda c: c.span)
            by_fn[fn], sym_by_fn[fn] = cs, sy
        symbols += sy
        citations += cs
    pursuant = find_pursuant(d, citations, _sentence)
    tasks = _tasks(d, by_fn, citations)
    holders, visits, requested = _people_and_places(d, info.author, sym_by_fn)
    x = Extraction(info, pursuant, symbols, citations, tasks, holders, visits, requested)
    from .kind_extractors import enrich
    enrich(d, x, own_sym)
    if not x.pursuant_to and x.document.kind in ("report", "ga-report"):
        x.pursuant_to[:] = reporting_requirement(d, citations, _sentence)
    if x.document.kind in ("statement", "press-release"):
        x.pursuant_to.clear()       # a speech presenting a report, or a release on one, answers no resolution itself
    _fill_partial_dates(x.citations)
    return x


def _fill_partial_dates(citations: list[ResolutionCitation]) -> None:
    """A resolution dated only by its year or month in one place ("in 2023 resolution 52/42") and by its full
    date in another ("52/42, adopted on 4 April 2023") was adopted on that full date: one resolution, one day."""
    for c in citations:
        if c.date and len(c.date) < 10:
            fuller = {o.date for o in citations if o.ref == c.ref and o.kind == c.kind and o.date
                      and len(o.date) > len(c.date) and o.date.startswith(c.date + "-")}
            if len(fuller) == 1:
                c.date = fuller.pop()
