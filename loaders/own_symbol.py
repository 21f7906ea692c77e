"""The symbol a UN text gives itself, as against the symbols it cites: a page-header symbol line, a right-docs
record's title line ("DEC/5/102 ..."), the first symbol of the front matter that is neither the agenda's nor cited in
a sentence or after a "Link:" label or linked in its languages ("A/47/43 - English | Fran\u00e7ais"), a copy's title
line closed by its symbol in brackets, "the present report (A/...)", a "United Nations A/..." masthead or footer line,
else the file name's."""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .segments import COMMENT_LINES
from .symbols import SYMBOL_RE, Symbol, find_symbols, parse_symbol

if TYPE_CHECKING:
    from .documents import _Doc

__all__ = ["own_symbol", "agenda_symbol"]


# A symbol printed as the footnote of "Item 69 (b) of the provisional agenda*" ("* A/68/150.") or in
# "provisional agenda (A/68/150)" is the symbol of the agenda, never the document's own.
# (a lone asterisk marker, not the closing one of a job-number barcode "*1805683*")
_AGENDA_NOTE = re.compile(r"(?:(?:^|\s)\*{1,3}\s*|\bagenda\W{0,3})$", re.I)


def _name_symbol(name: str):
    """The symbol a file name gives ("A-68-176.txt", "A_HRC_38_40_Add.1.txt"), or None."""
    stem = re.sub(r"\.(?:txt|text)$", "", name.rsplit("/", 1)[-1], flags=re.I)
    cand = re.sub(r"[_-]", "/", stem)
    if not SYMBOL_RE.fullmatch(cand):
        return None
    return next((sm.symbol for sm in find_symbols(cand) if sm.symbol and sm.raw == cand), None)


def agenda_symbol(d: _Doc) -> Symbol | None:
    """The symbol of the agenda the front matter footnotes ("provisional agenda* ... * A/68/150.")."""
    t = d.body.masked
    lim = d.summary_at if d.summary_at is not None else min(d.first, 800)
    if _INPUTS_TITLE.search(t[:_INPUTS_HEAD]):
        lim = 0                                 # a page of the inputs to a visit or report: its symbol is the report's
    for sm in find_symbols(t[:lim]):
        if sm.symbol and _AGENDA_NOTE.search(t[max(0, sm.start - 12):sm.start]):
            return sm.symbol
    return None


# The first line of a right-docs record: a Council resolution's or decision's symbol without "A/HRC/", then its title.
_RECORD_TITLE = re.compile(r"\s*(RES|DEC)/((?:S-)?\d{1,2}/\d{1,3})[ \t]+(?=[A-Z])")


# The same record of a Council report: its symbol without "A/HRC/", then the report's title ("32/42 Report of ...").
_REPORT_RECORD_TITLE = re.compile(r"\s*(\d{1,2}/\d{1,3}(?:/Add\.\d{1,2})?)[ \t]+(?=(?:Annual |Final |Thematic |Joint )?"
                                  r"(?:[Rr]eport|Note|Study|Summary|Compilation|Analytical|Outcome)\b)")


# What stands before a symbol on its line when the symbol is cited, not the document's own: a sentence running
# into it ("At its 18th session A/HRC/RES/18/5, the Council ..."), or a page's "Link:" label.
_CITED_IN_LINE = re.compile(r"^\s*Links?\s*:|\S+\s+\S+\s+[a-z]{2,}[,;]?\s+$")


# After a symbol on its line, a list of languages to download it in ("A/47/43 - Report English | Fran\u00e7ais"): a link.
_LANGUAGE_LINKS = re.compile(r"(?:English|Fran\u00e7ais|French|Espa\u00f1ol|Spanish|Arabic|Chinese|Russian|"
                             r"\u0627\u0644\u0639\u0631\u0628\u064a\u0629|\u4e2d\u6587|\u0420\u0443\u0441\u0441\u043a\u0438\u0439)"
                             r"\s*\|\s*\S")


def _cited_in_line(d: _Doc, at: int) -> bool:
    """Whether the symbol at ``at`` (in the cleaned body) is cited on its line of the original text (see above), or
    is a link to the document in its languages."""
    s = d.body.span(at, at + 1)[0]
    e = d.src.find("\n", s)
    return bool(_CITED_IN_LINE.search(d.src[d.src.rfind("\n", 0, s) + 1:s])
                or _LANGUAGE_LINKS.search(d.src[s:len(d.src) if e < 0 else e]))


# after the bracketed symbol that closes a copy's title line, at most an edition note in brackets: "(Advance Edited
# Version)", "(Advance unedited version)"
_EDITION = r"(?:[Aa]dvance|[Uu]nedited|[Ee]dited|[Pp]rovisional|[Dd]raft)[\w ,-]{0,40}"
# or a note of the languages it is posted in, in brackets: "[EN/AR/RU/ZH]", "(English, French)"
_LANGS_NOTE = r"(?:[A-Z]{2}|English|French|Spanish|Arabic|Chinese|Russian)(?:\s*[/,]\s*(?:[A-Z]{2}|[A-Z][a-z]+))*"
# (the edition may follow a dash, inside the brackets or after them: "(A/HRC/61/12 - Advance unedited version)",
# "(A/HRC/61/12) - Advance unedited version"; and a language note and an edition note may both follow)
_AFTER_TITLE_SYMBOL = re.compile(rf"(?:\s*[-\u2013\u2014,]\s*{_EDITION})?\s*\)"
                                 rf"(?:\s*[(\[](?:{_EDITION}|{_LANGS_NOTE})[)\]]|\s*[-\u2013\u2014]\s*{_EDITION}){{0,2}}\s*")
# a title line of a report, a note or a study, on one of the first lines of a copy (under a site's date line)
_TITLE_WORDS = re.compile(r"[ \t]*(?:(?:Annual|Final|Interim|Thematic|Joint|Preliminary|Progress)[ \t]+)?"
                          r"(?:Report|Note|Study)[ \t]+(?:of|by|on)\b")


# (a title's capitalised "Report of", not a headline's "experts welcome report of ...")
_TITLE_ANYWHERE = re.compile(r"(?:^|[\s\u2013\u2014:-])(?:(?:Annual|Final|Interim|Thematic|Joint|Preliminary|Progress)\s+[Rr]eport|"
                             r"Report|Note|Study)\s+(?:of|by|on)\b")


def _title_line_end(d: _Doc, start: int, end: int) -> bool:
    """Whether the symbol at ``start:end`` (in the cleaned body) closes the text's first line in brackets: a copy's
    title with its symbol ("Report of the Special Rapporteur on ... - Final report: ... (A/HRC/25/57)"), maybe with an
    edition note after it ("... (A/HRC/34/61) (Advance Edited Version)"); or closes so a report's title line among
    the first three lines, or under a few short lines of a site's menu or fields."""
    s, e = d.body.span(start, end)
    head = re.match(r"(?:%%%[^\n]*\n)*\s*", d.src).end()       # the "%%%" comment lines are no text
    eol = d.src.find("\n", e)
    if not _AFTER_TITLE_SYMBOL.fullmatch(d.src[e:len(d.src) if eol < 0 else eol]):
        return False
    bol = d.src.rfind("\n", 0, s) + 1
    if bol <= head:
        return True
    before = [ln for ln in d.src[head:bol].split("\n") if ln.strip()]
    if len(before) < 3 and _TITLE_WORDS.match(d.src, bol):
        return True
    # a site's title line under a few short lines of its menu or fields ("Search", "Close this search box.", "Format",
    # "Report", "Posted", "23 Jun 2022"): a report's
    # title ("Situation of ... \u2013 Report of the ... (A/HRC/51/6)") closed by its symbol
    return (len(before) <= 8 and all(len(ln.strip()) <= 40 and not SYMBOL_RE.search(ln) for ln in before)
            and bool(_TITLE_ANYWHERE.search(d.src[bol:s])))


# a page titled as a call for input or the inputs it brought ("Country visit to X: inputs received", "Call for
# submissions: report on ...", "Contributions received"): the report symbol in its front is the report the inputs fed
_INPUTS_TITLE = re.compile(r"\b(?:[Ii]nputs?|[Ss]ubmissions?|[Cc]ontributions?|[Rr]esponses?) (?:received|submitted)\b|"
                           r"\b(?i:calls? for (?:inputs?|submissions|contributions|comments))\b")
_INPUTS_HEAD = 200


def own_symbol(d: _Doc):
    """The document's own symbol and its span: a page-header symbol line (not a column of three or more
    different symbol lines, each printed once: a table's), else the first symbol of the
    front matter that is not the agenda's nor glued to a table cell's closing bracket nor named as "document A/..." or
    "resolution A/...", else "the present report (A/...)", else the file name's
    (span None: a user names a text whose symbol is not printed by naming the file after it)."""
    hdr = []
    for s, e in d.headers:
        for sm in find_symbols(d.src[s:e]):
            if sm.symbol:
                hdr.append((sm.text, sm.symbol, (s + sm.start, s + sm.end)))
    counts = Counter(h[0] for h in hdr)
    if len(counts) >= 3 and max(counts.values()) == 1:
        hdr = []                                # a table's column of report symbols, each once: no page header
    if hdr:
        best = counts.most_common(1)[0][0]
        h = next(h for h in hdr if h[0] == best)
        return h[1], h[2]
    t = d.body.masked
    rec = _RECORD_TITLE.match(t)
    if rec:                                     # a right-docs record titled "DEC/5/102 Postponement of ..."
        return parse_symbol(f"A/HRC/{rec.group(1)}/{rec.group(2)}"), d.body.span(rec.start(1), rec.end(2))
    rep = _REPORT_RECORD_TITLE.match(t)
    if rep and re.search(r"\bHuman Rights Council\b", t[:1500]):   # a right-docs record "32/42 Report of ..."
        return parse_symbol(f"A/HRC/{rep.group(1)}"), d.body.span(rep.start(1), rep.end(1))
    lim = d.summary_at if d.summary_at is not None else min(d.first, 800)
    if _INPUTS_TITLE.search(t[:_INPUTS_HEAD]):
        lim = 0                                 # a page of the inputs to a visit or report: its symbol is the report's
    for sm in find_symbols(t[:lim]):
        if sm.symbol and (_title_line_end(d, sm.start, sm.end) or (
                not re.search(r"(?:\(|\)|\bsee\s|\bdocuments?\s|\bresolutions?\s|\bdecisions?\s)$", t[max(0, sm.start - 12):sm.start], re.I)
                and not _AGENDA_NOTE.search(t[max(0, sm.start - 12):sm.start])
                and not _cited_in_line(d, sm.start))):
            return sm.symbol, d.body.span(sm.start, sm.end)
    # (not "an addendum to the present report (A/.../Add.1)": the addendum's symbol)
    m = re.search(r"(?<!\bto the )(?<!\bto )(?<!\bof the )\b(?:present|this) report\s*\(\s*(" + SYMBOL_RE.pattern + r")\s*\)", t)
    if m:                                       # "The present report (A/HRC/56/57) ..."
        sm = next((s for s in find_symbols(m.group(1)) if s.symbol), None)
        if sm:
            return sm.symbol, d.body.span(m.start(1), m.end(1))
    foot = _res_footer_symbol(d) or _un_footer_symbol(d) or _split_masthead_symbol(d) or _lower_title_symbol(d)
    if foot:
        return foot
    named = _name_symbol(d.name or "")
    return (named, None) if named else (None, None)


# A page header or footer line of a resolution: "United Nations A/HRC/RES/31/11", "A/HRC/RES/31/11 3".
_FOOTER_LINE = re.compile(rf"^[ \t]*(?:United Nations[ \t]+)?({SYMBOL_RE.pattern})(?:[ \t]+\d{{1,3}})?[ \t]*$", re.M)


_UN_FOOTER_LINE = re.compile(rf"^[ \t]*United Nations[ \t]+({SYMBOL_RE.pattern})\*{{0,3}}[ \t]*$", re.M)   # "A/HRC/34/53*": reissued


# the same masthead run into a copy's line with the cover's next words: "United Nations A/HRC/20/29 General Assembly
# Distr.: General 10 April 2012"
_UN_MASTHEAD_RUN = re.compile(rf"\bUnited Nations[ \t]+({SYMBOL_RE.pattern})\*{{0,3}}[ \t]+(?:General Assembly|"
                              r"Economic and Social Council)[ \t]+Distr\.")


def _un_footer_symbol(d: _Doc):
    """A text whose own symbol is printed only in a page's "United Nations A/HRC/23/45/Add.1" line (the masthead
    of a cover, or a footer where a copy put it): its symbol, when every such line names the same one."""
    found = [(sm.symbol, (m.start(1) + sm.start, m.start(1) + sm.end))
             for m in [*_UN_FOOTER_LINE.finditer(d.src), *_UN_MASTHEAD_RUN.finditer(d.src)]
             for sm in find_symbols(m.group(1)) if sm.symbol]
    if found and len({f[0].format() for f in found}) == 1:
        return found[0]
    return None


def _res_footer_symbol(d: _Doc):
    """A resolution text whose own symbol is printed only in its page headers or footers: the /RES/ symbol
    of such lines, when the front says it is a resolution ("Resolution adopted by", or the heading "31/11. ..."
    of that number) and the lines name no other /RES/ symbol."""
    found = []
    for m in _FOOTER_LINE.finditer(d.src):
        sm = next((x for x in find_symbols(m.group(1)) if x.symbol), None)
        if sm and "/RES/" in sm.text:
            found.append((sm.text, sm.symbol, (m.start(1) + sm.start, m.start(1) + sm.end)))
    if not found or len({f[0] for f in found}) > 1:
        return None
    sym = found[0][1]
    front = d.body.masked[:max(d.first, 0) or 1500][:3000]
    num = re.escape(found[0][0].rsplit("/RES/", 1)[1])
    if re.search(r"\bResolution adopted by\b", front) or re.search(rf"(?:^|\s){num}\s*\.\s+[A-Z]", front):
        return sym, found[0][2]
    return None


# A cover's symbol that a copy's text extraction split over two lines, its series letter alone on one line and the
# rest on the next ("A\n\n/HRC/47/49", "United Nations A\n/HRC/50/20"): the masthead's symbol.
_SPLIT_MASTHEAD = re.compile(r"(?m)^[ \t]*(?:United Nations[ \t]+)?([AE])[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*(/(?:HRC|CN\.4|RES|\d{1,3})/[\w./-]+?)\*{0,3}[ \t]*$")


# or kept on its line with stray spaces or a doubled slash after the series letter: "A /HRC/47/49", "United Nations
# A / /HRC/50/20"
_SPACED_MASTHEAD = re.compile(r"(?m)^[ \t]*(?:United Nations[ \t]+)?([AE])[ \t]+(?:/[ \t]+)?"
                              r"(/(?:HRC|CN\.4|RES|\d{1,3})/[\w./-]+?)\*{0,3}[ \t]*$")


def _split_masthead_symbol(d: _Doc):
    """The symbol of a cover split as above, when the text prints only one such."""
    found = []
    for m in [*_SPLIT_MASTHEAD.finditer(d.src), *_SPACED_MASTHEAD.finditer(d.src)]:
        sm = next((x for x in find_symbols(m.group(1) + m.group(2)) if x.symbol), None)
        if sm:
            found.append((sm.symbol, (m.start(1), m.end(2))))
    if found and len({f[0].format() for f in found}) == 1:
        return found[0]
    return None


# a web copy's title line that opens with the document's symbol in lower case, as a site's address or search title
# writes it ("a/hrc/19/57/add.2 general assembly ...", "e/cn.4/2004/56/add.1 - report ...")
_LOWER_TITLE = re.compile(COMMENT_LINES.pattern + r"\s*((?:a/hrc|e/cn\.4(?:/sub\.2)?|a)/(?:s-)?\d{1,4}/\d{1,4}"
                          r"(?:/(?:add|corr|rev)\.\d{1,3})*)(?=[\s,:|-]|$)")


def _lower_title_symbol(d: _Doc):
    """The symbol a copy's title line opens with in lower case, written the UN's way (see _LOWER_TITLE), and its span."""
    m = _LOWER_TITLE.match(d.src)
    if not m:
        return None
    text = m.group(1).upper()
    text = re.sub(r"/(ADD|CORR|REV)\.", lambda x: "/" + x.group(1).capitalize() + ".", text).replace("/SUB.2", "/Sub.2")
    sym = next((sm.symbol for sm in find_symbols(text) if sm.symbol and sm.raw == text), None)
    return (sym, (m.start(1), m.end(1))) if sym else None
