"""The extractors chosen by what a document shows (resolution, decision, report, GA report,
OHCHR statement, press release or page), run after the generic extraction of
loaders.documents: they add the document kind, a resolution's own ref and adoption date, what
it decides about the mandate, the tasks its operative paragraphs give, and the holders and
visits that statements, press releases and pages name. Same fact model, same locators and
spans in the original text."""
from __future__ import annotations

import bisect
import re

from . import resolution_text as rt
from .countries import canonical, is_country
from .doc_kinds import classify
from .doc_kind_cues import kind_from_layout
from .facts import (HolderMention, MandateDecision, RequestedVisit, ResolutionCitation, SymbolMention, TaskAttribution,
                    TaskItem, Visit)
from .holder_dates import appointed_then, held_since, pronoun_appointments
from .holder_fallbacks import summary_author
from .name_titles import as_written
from .name_titles import strip_titles
from .people import NAME_RE, clean_name, find_holders
from .symbols import (PRESS_SYMBOL, SYMBOL_RE, ResolutionRef, find_symbols, is_year_number, parse_symbol,
                      ref_from_symbol)
from .un_dates import MONTH_RE, parse_date
from .visit_reader import dateline
from .visit_lists import line_starts
from .visits import find_visits

__all__ = ["enrich"]

_ADDENDUM = re.compile(r"\b(?:addendum|issued as|report (?:on|of) (?:the|this|that|her|his) (?:visit|mission))\b"
                       r"[^.;]{0,120}?(" + SYMBOL_RE.pattern + ")")


def _addendum(t: str, pos: int) -> str | None:
    """The mission report a text names right after a visit: "... issued as an addendum (A/HRC/44/44/Add.1)"."""
    m = _ADDENDUM.search(t, pos, pos + 400)
    if not m:
        return None
    sym = next((s.symbol for s in find_symbols(m.group(1)) if s.symbol), None)
    return sym.format() if sym and any(x.startswith("Add.") for x in sym.modifiers) else None


_TREATY_SYMBOL = re.compile(r"(?<![\w/])(?:(?:CCPR|CESCR|CERD|CEDAW|CRC|CAT|CRPD|CMW|CED)/C(?:/[A-Za-z0-9.-]+)+(?<![.])"
                            # the economic and social rights committee's "E/C.12/GC/24", the treaty bodies' common series
                            # "HRI/GEN/1/Rev.9", the torture prevention subcommittee's "CAT/OP/12/5", the Secretariat's
                            # "ST/SGB/2003/13", ECOSOC's other commissions' "E/CN.6/2010/2", a meeting record "A/73/PV.55"
                            r"|(?:E/C\.12|HRI|CAT/OP|ST/SGB|ST/AI|E/CN\.(?:[5-9]|1\d))(?:/[A-Za-z0-9.-]+)+(?<![.])"
                            r"|A/\d{1,3}/PV\.\d{1,3}"
                            rf"|{PRESS_SYMBOL})(?![\w/])")   # press releases
# a UN symbol glued to the year before it in a web table's row ("Argentina, 16 - 28 February 2023A/HRC/53/24/Add.3",
# "2023A/HRC/RES/52/17Mandate")
_GLUED_TO_YEAR = re.compile(r"(?<=(?:19|20)\d\d)" + SYMBOL_RE.pattern.replace(r"(?<![\w/.])", "", 1))


def _other_symbols(d, x) -> None:
    """Treaty-body ("CCPR/C/130/D/3042/2017", "E/C.12/GC/24"), Secretariat ("ST/SGB/2003/13"), meeting-record
    ("A/73/PV.55") and press-release ("HR/CN/1109", "HR/HRC/06/60") symbols, outside the A/ E/ scheme the parser
    knows."""
    for st, fn in [(d.body, None)] + [(f, n) for n, f in d.fns.items()]:
        for m in _TREATY_SYMBOL.finditer(st.masked):
            where, para = d.loc(m.start(), fn)
            x.symbols.append(SymbolMention(m.group(0), True, m.group(0).split("/")[0], None, where,
                                           st.span(m.start(), m.end()), para, fn))
        for m in _GLUED_TO_YEAR.finditer(st.masked):
            sm = next((y for y in find_symbols(m.group(0)) if y.symbol), None)
            if sm and not any(y.symbol == sm.text for y in x.symbols):
                where, para = d.loc(m.start(), fn)
                x.symbols.append(SymbolMention(sm.text, True, sm.symbol.body, sm.symbol.session, where,
                                               st.span(m.start(), m.end()), para, fn))


# A press release's own symbol: a line of its own at its head ("Press Release\nGA/EF/2756", "GA/SHC/4356").
# a press release's own symbol alone on a line or after a short label ("Human Rights Council HR/HRC/06/60")
# (or with its date beside it: "GA/SHC/4223 20 November 2017", "20 November 2017 - GA/SHC/4223")
_LINE_DATE = rf"\d{{1,2}}[ \t]+{MONTH_RE}[ \t]+\d{{4}}"
_PRESS_SYMBOL_LINE = re.compile(r"(?m)^[ \t]*(?:[A-Z][A-Za-z]*(?:[ \t]+(?:[A-Z][A-Za-z]*|of|on|and|the)){0,5}[ \t]+|"
                                rf"{_LINE_DATE}[ \t]*[-\u2013|,]?[ \t]*)?"
                                rf"({PRESS_SYMBOL})(?:[ \t]*[-\u2013|,]?[ \t]*{_LINE_DATE})?[ \t]*$")


def _press_release_symbol(d, info, lim: int) -> None:
    """A press release that prints its own symbol on a line of its own in its head takes it as its symbol."""
    head = re.match(r"(?:%%%[^\n]*\n)*", d.src).end()          # the "%%%" comment lines are no text
    m = _PRESS_SYMBOL_LINE.search(d.src, head, head + lim)
    if m:
        info.symbol = m.group(1)
        info.symbol_span = info.span = (m.start(1), m.end(1))


# A sentence running into a symbol on its line ("At its 18th session A/HRC/RES/18/5, the Council took note"), as
# against a symbol standing alone or at the start of a line, a heading's or a table row's.
# (or in brackets closing such a sentence: "the mandate was renewed for three years (A/HRC/RES/37/2)")
_PROSE_BEFORE = re.compile(r"\S+\s+\S+\s+[a-z]{2,}[,;]?\s+(?:\((?:see\s+)?)?$")


# the keyword of a resolution or decision right before a symbol written without its /RES/ part: "Under resolution
# A/HRC/17/4 the Working Group ...", "by decision A/HRC/6/102"
_ACT_KEYWORD_BEFORE = re.compile(r"\b([Rr]esolution|[Dd]ecision)\s+$")
_ACTS_SERIES = ("A/HRC", "E/CN.4", "E/CN.4/Sub.2")      # "resolution A/HRC/17/4": the Council's, Commission's, Sub-Commission's


def _named_act_symbol(before: str, symbol: str):
    """(ref, kind) of a symbol a text names as a resolution or decision ("resolution A/HRC/17/4"), else None."""
    m = _ACT_KEYWORD_BEFORE.search(before)
    sym = parse_symbol(symbol) if m else None
    body = sym.body if sym and sym.series in _ACTS_SERIES and not sym.modifiers and sym.number.isdecimal() else None
    if body is None or sym.session is None:
        return None
    return ResolutionRef(body, f"{sym.session}/{sym.number}"), m.group(1).lower()


# the date written after a resolution's symbol: "A/RES/60/251 of 15 March 2006", "A/HRC/RES/18/5, adopted on ..."
_SYMBOL_DATE = re.compile(rf"(?:\s+(?:of|dated)|,?\s+adopted\s+on)\s+(\d{{1,2}}\s+{MONTH_RE}\s+\d{{4}}|{MONTH_RE}\s+\d{{4}})\b"
                          r"(?!\s*(?:to|until|-|\u2013)\s)")


def _symbol_date(src: str, end: int) -> str | None:
    m = _SYMBOL_DATE.match(src, end)
    return parse_date(m.group(1)) if m else None


def _cited_by_symbol(d, x, own: str | None) -> None:
    """A resolution or decision named by its symbol inside a sentence is cited, as "resolution 18/5" would be, with
    the date written after the symbol."""
    have = {c.ref for c in x.citations}
    for sm in list(x.symbols):
        council_act = sm.valid and sm.symbol != own and ("/RES/" in sm.symbol or "/DEC/" in sm.symbol)
        r = ref_from_symbol(sm.symbol) if council_act else None
        s = sm.span[0]
        if not r and sm.valid and sm.symbol != own:
            r = _named_act_symbol(d.src[max(0, s - 20):s], sm.symbol)
            if r and r[0].format() not in have:
                ref, kind = r
                have.add(ref.format())
                x.citations.append(ResolutionCitation(ref.format(), ref.body, ref.number, kind, [], sm.locator, sm.span,
                                                      sm.para, sm.fn, False, "explicit", _symbol_date(d.src, sm.span[1])))
            continue
        if not r or r[0].format() in have:
            continue
        if not _PROSE_BEFORE.search(d.src[d.src.rfind("\n", 0, s) + 1:s]):
            continue
        ref, kind = r
        have.add(ref.format())
        x.citations.append(ResolutionCitation(ref.format(), ref.body, ref.number, kind, [], sm.locator, sm.span,
                                              sm.para, sm.fn, False, "explicit", _symbol_date(d.src, sm.span[1])))


def _authors_another(d, info) -> bool:
    """Whether the sentence that names the author ("the Independent Expert ..., NAME, presented a report A/HRC/23/45")
    gives the symbol of another document: NAME wrote that one, not the page or press release that says so."""
    src, s = d.src, info.author_span[0] if info.author_span else None
    if s is None:
        return False
    a = max([0] + [m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z])|\n\s*\n", src[max(0, s - 600):s])]) + max(0, s - 600)
    m = re.search(r"[.!?](?:\s+(?=[A-Z])|\s*$)|\n\s*\n", src[s:])
    return any(sm.symbol and sm.text != info.symbol for sm in find_symbols(src[a:s + (m.start() if m else len(src) - s)]))


def _of_another_report(d, c, own: str | None) -> bool:
    """Whether a "prepared under / pursuant to resolution N" clause speaks of another document, one whose symbol
    its sentence writes before it ("the final report of the study (A/HRC/30/50), prepared under resolution 27/8")."""
    t = d.body.masked
    s = bisect.bisect_left(d.body.pos, c.span[0]) if d.body.pos else c.span[0]
    a = max([0] + [m.end() for m in re.finditer(r"(?<![A-Z])[.!?]\s+(?=[A-Z])", t[max(0, s - 600):s])])
    a += max(0, s - 600)
    return any(sm.symbol and sm.text != own for sm in find_symbols(t[a:s]))


_LIST_HEAD = re.compile(r"^\s*(?:[IVXL]+\.\s+)?(?:[A-Z]\.\s+)?(Resolutions|Decisions)(?:\s*\(continued\))?\s*$")
# (also the heading repeated on the next page of the contents: "II. A. Resolutions (continued)")
_LIST_ITEM = re.compile(r"^\s*((?:S-)?\d{1,4}/\d{1,3})\.\s+[A-Z]")
_OTHER_HEAD = re.compile(r"^\s*(?:[A-Z]|[IVXL]+)\.\s+\S")


# The same contents run together on one line: "I. Resolutions...... 6 18/4. The use of mercenaries ...... 12 18/5. Human
# rights and international solidarity...... 15 ..." up to the next numbered heading ("II. Decisions ...").
_RUN_HEAD = re.compile(r"\b(Resolutions|Decisions)\s*\.{2,}\s*\d{1,3}\b")
_RUN_STOP = re.compile(r"(?:^|\s)(?:[IVXL]+|[A-Z])\.\s+[A-Z]|\bPart\s+[A-Z][a-z]+\b|\n\s*\n")
_RUN_ITEM = re.compile(r"(?:^|\s)((?:S-)?\d{1,4}/\d{1,3})\.\s+[A-Z][^\n]{0,300}?\.{2,}\s*\d{1,3}\b")


def _listed_texts(d, x) -> None:
    """The texts a session report lists under its headings "A. Resolutions" / "B. Decisions", one line each
    ("2/1. Intergovernmental Working Group ... 7", "2/101. Situation of human rights in Kyrgyzstan ... 14"), or run
    together on one line (see _RUN_HEAD)."""
    have = {(c.ref, c.kind) for c in x.citations}
    under, pos = None, 0
    for line in d.src.splitlines(keepends=True):
        hm, im = _LIST_HEAD.match(line), _LIST_ITEM.match(line)
        if hm:
            under = "decision" if hm.group(1) == "Decisions" else "resolution"
        elif im and under:
            _cite_listed(x, have, im.group(1), under, (pos + im.start(1), pos + im.end(1)))
        elif _OTHER_HEAD.match(line):
            under = None
        pos += len(line)
    for hm in _RUN_HEAD.finditer(d.src):      # a contents list run together on one line (a web copy of the cover)
        under = "decision" if hm.group(1) == "Decisions" else "resolution"
        nxt = _RUN_STOP.search(d.src, hm.end())
        for im in _RUN_ITEM.finditer(d.src, hm.end(), nxt.start() if nxt else len(d.src)):
            _cite_listed(x, have, im.group(1), under, (im.start(1), im.end(1)))


def _cite_listed(x, have: set, number: str, kind: str, span: tuple[int, int]) -> None:
    """Cite one text of a contents list ("2/1", "2005/19") once: a year number is the Commission's."""
    body = "CHR" if is_year_number(number) else "HRC"
    ref = f"{body} {number}"
    if (ref, kind) not in have:
        have.add((ref, kind))
        x.citations.append(ResolutionCitation(ref, body, number, kind, [], "contents", span, None, None, False, "number"))


def enrich(d, x, own_sym) -> None:
    """Add kind-specific facts to extraction x of segmented document d (loaders.documents._Doc)."""
    st, t = d.body, d.body.masked
    front = t[:d.first] if d.paras else t[:3000]
    info = x.document
    info.kind = classify(t[:len(front) + 400], info.symbol)    # the front and the start of paragraph 1
    info.kind = kind_from_layout(d.src, info.kind, info.symbol)
    if info.kind in ("resolution", "decision"):
        sref = None
        if own_sym is not None:
            r = ref_from_symbol(own_sym)
            if r:
                sref = (r[0].body, r[0].number, r[1])
        own = rt.own_ref(front, sref, info.kind)
        after = d.body.pos[d.paras[0][1]] if d.paras and d.body.pos else 0
        info.adopted = rt.adoption_date(front, d.src, after)
        if rt.is_draft(front, info.symbol):
            info.adopted = None                  # a draft (A/HRC/28/L.14): its dates are not adoption dates
        info.vote = rt.vote(t)
        if own:
            info.ref = own.ref
            if info.symbol is None and own.body == "HRC":     # a record titled "RES/29/3 ...": the symbol without "A/HRC/"
                sm = re.search(r"(?<![\w/])(RES|DEC)/" + re.escape(own.number) + r"(?![\w/])", front)
                if sm and (sm.group(1) == "RES") == (own.kind == "resolution"):
                    info.symbol, info.body = f"A/HRC/{sm.group(1)}/{own.number}", "HRC"
                    info.symbol_span = info.span = st.span(sm.start(), sm.end())
            paras = d.paras or rt.fragment_paras(t)     # (a copy gluing its numbers to their verbs: "1.Requests")
            start = paras[0][1] if paras and info.kind == "resolution" else 0     # the operative part, not the preamble
            for a in rt.mandate_actions(t, start):
                where, _ = d.locate(a.span[0])
                x.decisions.append(MandateDecision(own.ref, own.kind, a.action, a.period, a.until,
                                                   info.adopted, where, st.span(*a.span)))
            items = d.items if d.paras else {n: rt.lettered_items(t, a, b) for n, a, b in paras}
            for letter, text, span, num in rt.operative_requests(t, paras, items):
                loc = f"para. {num} ({letter})" if letter else f"para. {num}"
                refs = [{"ref": own.ref, "kind": own.kind, "paragraphs": [f"{num} ({letter})" if letter else str(num)]}]
                x.task_attributions.append(TaskAttribution(
                    "operative", loc, st.span(*span), refs, [TaskItem(letter, text, loc, st.span(*span))], letter))
    _other_symbols(d, x)
    if info.symbol is None and info.kind == "press-release":
        _press_release_symbol(d, info, len(front) + 400)
    _cited_by_symbol(d, x, info.symbol)
    if info.kind in ("report", "ga-report"):
        _listed_texts(d, x)
    if info.author and info.kind in ("page", "press-release") and _authors_another(d, info):
        info.author = info.author_span = None
        for h in x.holders:
            h.is_author = False
    x.pursuant_to[:] = [c for c in x.pursuant_to if not _of_another_report(d, c, info.symbol)]
    for s, e in d.headers:                       # a cover's second symbol line ("E/2005/23\nE/CN.4/2005/135")
        for sm in find_symbols(d.src[s:e]):
            if sm.symbol and sm.text != info.symbol and not any(y.symbol == sm.text for y in x.symbols):
                x.symbols.append(SymbolMention(sm.text, True, sm.symbol.body, sm.symbol.session, "heading",
                                               (s + sm.start, s + sm.end)))
    blocks = d._block_starts(0, len(t))
    known = {h.name: h for h in x.holders if h.name}
    named = find_holders(t, blocks)
    for h in named:
        if h.name in known:
            g = known[h.name]
            g.appointed = g.appointed or h.appointed
            g.took_up_functions = g.took_up_functions or h.took_up_functions
            continue
        where, _ = d.locate(h.span[0])
        is_author = bool(info.author) and h.name == info.author
        x.holders.append(HolderMention(h.name, is_author, None, h.appointed, None, h.took_up_functions,
                                       where, st.span(*h.span), h.post))
        known[h.name] = x.holders[-1]
        if info.author is None and h.span[0] < d.first and info.kind in ("report", "ga-report"):
            info.author, info.author_span = h.name, st.span(*h.span)
            x.holders[-1].is_author = True
    if not x.holders and (info.kind in ("report", "ga-report") or info.kind is None and re.match(r"\s*Summary\b", t)):
        h = summary_author(t, d.first if d.paras else min(len(t), 2500))   # a copy that keeps only the summary
        if h:
            x.holders.append(HolderMention(h.name, info.author is None, None, None, None, None, d.locate(h.span[0])[0],
                                           st.span(*h.span), h.post))
            known[h.name] = x.holders[-1]
            if info.author is None:
                info.author, info.author_span = h.name, st.span(*h.span)
    bare = strip_titles(info.author or "")
    if info.author and bare != info.author and clean_name(bare) == bare:     # "Dato'Param NAME" of the note: no title
        cut = len(info.author) - len(bare)
        info.author = bare
        if info.author_span:
            info.author_span = (info.author_span[0] + cut, info.author_span[1])
    fuller = next((n for n in known if info.author and n != info.author and _same_person(info.author, n)), None)
    if fuller:                                   # "Surya Subedi" of the summary, "Surya P. Subedi" of the title: one holder
        info.author = fuller
        known[fuller].is_author = True
    if info.author and info.author_span and info.author not in known and info.kind in ("report", "ga-report"):
        # the note's "Independent Expert on ..., NAME," names the holder even where the name is broken over a
        # paragraph break ("Virginia\n\nDadan" of a double-spaced PDF copy), which the block-bound reader stops at
        where, _ = d.locate(bisect.bisect_left(d.body.pos, info.author_span[0]))
        x.holders.append(HolderMention(info.author, True, None, None, None, None, where, info.author_span))
        known[info.author] = x.holders[-1]
    if info.kind == "statement" and not x.holders:        # a statement signed "25 May 2013 by Cephas Lumina"
        bm = re.search(r"\bby\s+(" + NAME_RE.pattern + ")", front[:600])
        cut = min([b for b in d._block_starts(0, len(t)) if bm and bm.start(1) < b < bm.end(1)] + [bm.end(1) if bm else 0])
        name = clean_name(t[bm.start(1):cut]) if bm else None      # a name does not run into the next block
        if name:
            s = bm.start(1) + bm.group(1).find(name.split(" ")[0])
            x.holders.append(HolderMention(name, True, None, None, None, None, d.locate(s)[0],
                                           st.span(s, s + len(name)), "the statement's author"))
    for name, date in [*pronoun_appointments(t, [h.name for h in x.holders if h.name], dateline(d.src)).items(),
                       *appointed_then(t, [h.name for h in x.holders if h.name]).items()]:
        for h in x.holders:
            if h.name == name and not h.appointed:
                h.appointed = date
    for name, date in held_since(t, [h.name for h in x.holders if h.name]).items():
        for h in x.holders:
            if h.name == name and not h.took_up_functions:
                h.took_up_functions = date
    for h in x.holders:                           # the text's own apostrophes: "M\u2019jid" (the cleaned stream has "'")
        written = as_written(h.name, d.src, h.span) if h.name else h.name
        if written != h.name:
            info.author = written if info.author == h.name else info.author
            for v in x.visits:                    # a visit names its holder by the same name
                v.holder = written if v.holder == h.name else v.holder
            h.name = written
    m = re.search(r"\bAgenda item\s+(\d{1,3}(?:\s*\([a-z]\))?)|\bItem\s+(\d{1,3}(?:\s*\([a-z]\))?)\s+of the "
                  r"(?:provisional )?agenda", front)
    if m:
        info.agenda_item = " ".join((m.group(1) or m.group(2)).split())
    found = find_visits(t, blocks, d.src, line_starts(len(t), d.body.pos, d.src))
    for old in x.visits:              # the generic pattern reads "the Netherlands and Bonaire" as one name
        old.country = canonical(old.country)          # "Plurinational State of Bolivia": the UN short form
        for v in found:
            if (old.start, old.end) == (v.start, v.end) and v.start and old.country.startswith(v.country):
                old.country, old.status = v.country, v.status
            elif old.start is None and old.country.startswith(v.country + " (") and not is_country(old.country):
                old.country, old.start, old.end, old.status = v.country, v.start, v.end, v.status   # "Chad (May 2030)"
    for r in x.requested_visits:
        r.country = canonical(r.country)
    seen = {(v.country, v.start, v.end) for v in x.visits}
    own_report: set[int] = set()
    for v in found:
        if (v.country, v.start, v.end) in seen or (v.start is None and not v.report and not v.earlier
                                                  and any(w.country == v.country for w in x.visits)):
            continue
        if v.end is None and v.start and any(w.country == v.country and (w.start or "").startswith(v.start) for w in x.visits):
            continue                         # "in June 2012" of a visit already dated "25 to 29 June 2012"
        where, _ = d.locate(v.span[0])
        if v.status == "accepted" and not v.start:   # a request the country accepted, not yet a visit (with a date agreed:
                                                      # a visit, accepted, below)
            if not any(r.country == v.country for r in x.requested_visits):
                x.requested_visits.append(RequestedVisit(v.country, "accepted", where, st.span(*v.span)))
            continue
        x.visits.append(Visit(v.country, v.start, v.end, v.status, _addendum(t, v.span[1]), _visitor(t, v.span[0], named),
                              where, st.span(*v.span)))
        if v.report or v.earlier:
            own_report.add(id(x.visits[-1]))          # an earlier mission with its own report, an earlier holder's: a visit of its own
    dated = {(v.country, v.status) for v in x.visits if v.start or v.end}    # a dateless mention adds nothing to a visit
    x.visits[:] = [v for v in x.visits if v.start or v.end or (v.country, v.status) not in dated   # the text dates
                   or id(v) in own_report]


def _same_person(short: str, full: str) -> bool:
    """Whether ``full`` writes the name ``short`` with more middle words or initials ("Surya P. Subedi")."""
    a, b = short.split(), full.split()
    return len(b) > len(a) >= 2 and a[0] == b[0] and a[-1] == b[-1]


def _visitor(t: str, pos: int, named) -> str | None:
    """Whose visit it is, when the text names holders of two or more posts (a clustered dialogue): the holder the
    text names last before the visit, by full name or surname ("Mr. Puras ... He spoke of his visits to ...")."""
    if len({h.name for h in named}) < 2:
        return None
    best = (-1, None)
    for h in named:
        for form in {h.name, h.name.split()[-1]}:
            for m in re.compile(rf"\b{re.escape(form)}\b").finditer(t, max(0, pos - 800), pos):
                best = max(best, (m.start(), h.name))
    return best[1]

