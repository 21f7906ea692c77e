"""Segmentation of UN document texts: paragraphs, lettered sub-paragraphs, footnotes, preamble
paragraphs, the summary and the note by the Secretariat, each with its character span in the
ORIGINAL text.

Public API (stable; extend, do not break)::

    seg = segment(text)                 # -> Segmented
    s = seg.find("para. 7 (b)")         # -> Segment | None; also "fn. 3", "preamble para. 2",
                                        #    "summary", "note by the Secretariat", "heading"
    s.text, s.span, s.locator, s.kind   # cleaned text; (start, end) in ``text``; canonical locator
    seg.segments()                      # every segment, in document order (footnotes last)
    seg.locator_at(offset)              # the locator of an offset of the original text

Cleaning: page headers (a lone document symbol), page numbers, job numbers ("GE.18-05626"),
"%%%" markers and footnote blocks are taken out of the running text; lines are joined, hyphenated
line breaks mended, quotes straightened. Each cleaned stream keeps, per character, its offset in
the original (``Stream.pos``), so every span points into the text as given. Footnote markers
glued to words ("Development.1 The") are found in sequence and blanked in ``Stream.masked``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .symbols import SYMBOL_RE

__all__ = ["segment", "Segmented", "Segment", "Stream", "parse_locator", "PREAMBLE_VERBS", "COMMENT_LINES"]

# the "%%%" comment lines a text may open with (a source note, "%%% excerpt"): no text of the document
COMMENT_LINES = re.compile(r"\A(?:[ \t]*%%%[^\n]*\n)*")

Span = tuple[int, int]


# ------------------------------------------------------------------------- cleaning

_TRANS = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
          "\u2009": " ", "\u202f": " ", "\t": " ", "\r": " ", "\u2010": "-", "\u2011": "-"}


class Stream:
    """Cleaned text plus, per character, its offset in the original."""

    def __init__(self, src: str, pieces: list[Span]):
        out: list[str] = []
        pos: list[int] = []
        for s, e in pieces:
            seg = [(i, _TRANS.get(src[i], src[i])) for i in range(s, e) if src[i] != "\u00ad"]
            if not seg:
                continue
            if out:
                if (re.match(r"[A-Za-z]-$", "".join(out[-2:])) and seg[0][1].isalpha()) or \
                        (out[-1] == "/" and seg[0][1].isalnum()) or \
                        (seg[0][1].isdigit() and re.search(r"/(?:L|Add|Rev|Corr)\.$", "".join(out[-6:]))):
                    pass                          # "non-\ngovernmental", "A/HRC/30/\n5", "A/HRC/55/L.\n5"
                else:
                    out.append(" ")
                    pos.append(pos[-1] + 1)
            for i, ch in seg:
                out.append(ch)
                pos.append(i)
        self.text = "".join(out)
        self.pos = pos
        self.masked = self.text                          # footnote markers blanked out

    def span(self, s: int, e: int) -> Span:
        if not self.pos:
            return (0, 0)
        s = min(max(s, 0), len(self.pos) - 1)
        if e <= s:
            return (self.pos[s], self.pos[s])
        return (self.pos[s], self.pos[min(e, len(self.pos)) - 1] + 1)


_FN_START = re.compile(r"^(\d{1,3})\s+(?=\S)(?!\d)")
_STRUCTURAL = re.compile(r"^(?:\d{1,3}\.\s+[A-Z]|[IVXL]+\.\s+[A-Z]|[A-Z]\.\s+[A-Z]|\([a-z]\)\s)")
_COMPLETE = re.compile(r"[.!?][\"'”’)\]]*$")
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$")


def _split(text: str):
    """Classify the lines: body pieces, footnote pieces, header symbol spans."""
    body: list[Span] = []
    fns: dict[int, list[Span]] = {}
    headers: list[Span] = []
    in_block = separator = False
    cur = None
    complete = True
    next_fn = 1
    off = 0
    for line in text.split("\n"):
        start, end = off, off + len(line)
        off = end + 1
        s = line.strip()
        ls = start + (len(line) - len(line.lstrip()))
        le = ls + len(s)
        if not s:
            separator = separator or bool(line)
            continue
        if re.fullmatch(r"[_\-\u2014\u2013*]{3,}", s):
            separator = True
            continue
        if re.fullmatch(r"\d{1,3}", s) and body and \
                re.search(r"/(?:L|Add|Rev|Corr)\.$", text[body[-1][0]:body[-1][1]]):
            body.append((ls, le))                 # "A/HRC/55/L.\n\n5": the symbol's number, not a page
            continue
        if s.startswith("%%%") or re.fullmatch(r"\d{1,3}|GE\.\d\d-\d+.{0,80}|\d{2}-\d{5}.{0,80}|[Pp]age \d{1,3}", s):
            continue
        if SYMBOL_RE.fullmatch(s):
            headers.append((ls, le))
            continue
        m = _FN_START.match(s)
        if m and int(m.group(1)) == next_fn and (in_block or separator) and s[len(m.group(0)):]:
            cur, next_fn, in_block = next_fn, next_fn + 1, True
            fns[cur] = [(ls + m.end(), le)]
            complete = bool(_COMPLETE.search(s))
        elif in_block and not complete and not _STRUCTURAL.match(s):
            fns[cur].append((ls, le))
            complete = bool(_COMPLETE.search(s))
        elif in_block and complete and _URL_LINE.match(s):
            pass
        else:
            in_block = False
            body.append((ls, le))
        separator = False
    return body, fns, headers


_ABBREV_BEFORE = re.compile(r"(?:\bparas?|\bpp?|\bNo|\bart|\bvol|\bchap|\bsect|\bop|\bAdd|\bRev|"
                            r"\bCorr|\bCN|\bSub|\bCONF)[.]\s*$", re.I)


def _find_markers(stream: Stream, numbers: list[int]) -> dict[int, int]:
    """Positions of footnote markers, searched in sequence ("Development.1 The", "harms. 16 These")."""
    text = stream.text
    protected = [(m.start(), m.end()) for m in SYMBOL_RE.finditer(text)]
    found: dict[int, int] = {}
    at = 0
    masked = list(text)
    for n in sorted(numbers):
        pat = re.compile(rf"(?:(?<=[A-Za-z.,;:?!\"')\]])|(?<=[.,;:?!\"')]\s)|(?<=[.,;:?!\"')]\s\s))"
                         rf"{n}(?![\d/]|\.\d|\.\s+[\"'(A-Z])")
        for m in pat.finditer(text, at):
            if any(a <= m.start() < b for a, b in protected):
                continue
            if _ABBREV_BEFORE.search(text[max(0, m.start() - 8):m.start()]):
                continue
            found[n] = m.start()
            at = m.end()
            for i in range(m.start(), m.end()):
                masked[i] = " "
            break
    stream.masked = "".join(masked)
    return found


# ------------------------------------------------------------------------ structure

_ROMAN = {r: i for i, r in enumerate(
    "I II III IV V VI VII VIII IX X XI XII XIII XIV XV".split(), 1)}


def _structure(stream: Stream):
    """Numbered paragraphs [(num, start, end)] and heading starts in the body stream."""
    t = stream.masked
    paras: list[list[int]] = []
    for m in re.finditer(r"(?:^|(?<=\s))(\d{1,3})\.\s+(?=[\"'(\[A-Z])", t):
        n = int(m.group(1))
        if n == (paras[-1][0] + 1 if paras else 1):
            paras.append([n, m.start(), len(t)])
    heads: list[int] = []
    last_roman, last_letter = 0, 0
    for m in re.finditer(r"(?:^|(?<=\s))([IVXL]+|[A-Z])\.\s+(?=[A-Z])", t):
        tok = m.group(1)
        if tok in _ROMAN and (_ROMAN[tok] == last_roman + 1 or (last_roman == 0 and _ROMAN[tok] <= 2)):
            last_roman, last_letter = _ROMAN[tok], 0
            heads.append(m.start())
        elif len(tok) == 1 and last_roman and ord(tok) - 64 == last_letter + 1:
            last_letter += 1
            heads.append(m.start())
    for i, p in enumerate(paras):
        nxt = paras[i + 1][1] if i + 1 < len(paras) else len(t)
        p[2] = min([h for h in heads if p[1] < h < nxt] + [nxt])
    return [tuple(p) for p in paras], heads


def _items(t: str, s: int, e: int) -> list[tuple[str, int, int]]:
    """Lettered items "(a) ...; (b) ..." within [s, e): (letter, text start, end); a copy may glue the letter to its
    text ("(a)To examine ...")."""
    out: list[list] = []
    for m in re.finditer(r"(?:(?<=[:;.\"])|(?<=^)|(?<=\s\s))\s*\(([a-z])\)(?:\s+|(?=[A-Z][a-z]))", t[s:e]):
        if m.group(1) == chr(ord("a") + len(out)) and (m.start() == 0 or t[s + m.start() - 1] != "("):
            pre = t[s:s + m.start()].rstrip()
            if out or not pre or pre[-1] in ":;.\"":
                out.append([m.group(1), s + m.end(), e, s + m.end() - len(m.group(0).lstrip())])
    for i in range(len(out) - 1):
        out[i][2] = out[i + 1][3]
    return [(a, b, c) for a, b, c, _ in out]




# ---------------------------------------------------------------------- public API

PREAMBLE_VERBS = (
    "Recalling", "Reaffirming", "Reiterating", "Recognizing", "Recognising", "Noting", "Taking note",
    "Bearing in mind", "Welcoming", "Emphasizing", "Emphasising", "Stressing", "Underlining",
    "Acknowledging", "Affirming", "Expressing", "Concerned", "Deeply concerned", "Gravely concerned",
    "Convinced", "Considering", "Mindful", "Determined", "Guided by", "Having considered",
    "Having examined", "Aware", "Conscious", "Desiring", "Taking into account", "Alarmed",
    "Seriously concerned", "Underscoring", "Highlighting", "Believing", "Observing", "Resolved",
    "Further recalling", "Recalling also", "Reaffirming also", "Noting with appreciation",
    "Also recalling", "Also reaffirming", "Also recognizing", "Also noting")
_PREAMBLE_RE = re.compile(r"(?:%s)\b" % "|".join(sorted((re.escape(v) for v in PREAMBLE_VERBS),
                                                        key=len, reverse=True)))
_NOTE_RE = re.compile(r"\bNote by the (?:Secretariat|Secretary-General)\b")
_SUMMARY_RE = re.compile(r"\bSummary\b")
_END_OF_FRONT = re.compile(r"\b(?:Contents|Annexes?|Summary)\b|\bPage\s+(?=[A-Z])")


@dataclass(frozen=True)
class Segment:
    """One located piece of a document."""
    kind: str            # heading | note | summary | preamble | paragraph | item | footnote
    locator: str         # canonical: "para. 7", "para. 7 (b)", "fn. 3", "preamble para. 2",
                         # "summary", "note by the Secretariat", "heading"
    text: str            # cleaned text: page furniture and footnote markers out, spaces collapsed;
                         # a paragraph keeps its number ("2. Decides ..."), an item starts after "(b)"
    span: Span           # (start, end) in the ORIGINAL text
    number: int | None = None    # paragraph / preamble paragraph / footnote number
    letter: str | None = None    # sub-paragraph letter

    def to_dict(self) -> dict:
        return {"kind": self.kind, "locator": self.locator, "text": self.text,
                "span": list(self.span), "number": self.number, "letter": self.letter}


_LOC_PARA = re.compile(r"^(?:op(?:erative)?\.?\s*)?(?:para(?:graph)?s?\.?|§)\s*(\d{1,3})\s*(?:\(?([a-z])\))?$")
_LOC_PRE = re.compile(r"^(?:preamble|preambular|pp\.?)\s*(?:para(?:graph)?\.?)?\s*(\d{1,3})$")
_LOC_FN = re.compile(r"^(?:fn\.?|footnote|note)\s*(\d{1,3})$")


def parse_locator(locator: str) -> tuple[str, int | None, str | None] | None:
    """("paragraph"|"item"|"footnote"|"preamble"|"summary"|"note"|"heading", number, letter)
    for a locator as people write it; for "para. 7 (b), fn. 3" the footnote; None if not one."""
    s = " ".join(locator.strip().lower().split())
    if "," in s:                                    # "para. 7 (b), fn. 3": the footnote is the finest
        parts = [p.strip() for p in s.split(",")]
        for p in reversed(parts):
            r = parse_locator(p)
            if r:
                return r
        return None
    if s in ("summary",):
        return ("summary", None, None)
    if s in ("note by the secretariat", "note by the secretary-general", "note"):
        return ("note", None, None)
    if s in ("heading", "title", "cover"):
        return ("heading", None, None)
    m = _LOC_FN.match(s)
    if m:
        return ("footnote", int(m.group(1)), None)
    m = _LOC_PRE.match(s)
    if m:
        return ("preamble", int(m.group(1)), None)
    m = _LOC_PARA.match(s)
    if m:
        return ("item" if m.group(2) else "paragraph", int(m.group(1)), m.group(2))
    return None


class Segmented:
    """A segmented document: the cleaned body stream, footnote streams and the located pieces."""

    def __init__(self, text: str):
        self.src = text
        body, fnp, self.headers = _split(text)
        self.body = Stream(text, body)
        self.fns = {n: Stream(text, p) for n, p in fnp.items()}
        self.markers = _find_markers(self.body, list(self.fns)) if self.fns else {}
        self.paras, self.heads = _structure(self.body)
        t = self.body.masked
        self.first = self.paras[0][1] if self.paras else min(len(t), 3000)
        self.items = {p[0]: _items(t, p[1], p[2]) for p in self.paras}
        m = _SUMMARY_RE.search(t[:self.first])
        self.summary_at = m.start() if m else None
        self.note = self._note()
        self.summary = self._summary()
        self.preamble = self._preamble()

    # -- front matter
    def _front_end(self, start: int) -> int:
        ends = [self.first] + [h for h in self.heads if h > start]
        m = _END_OF_FRONT.search(self.body.masked, start + 1, self.first)
        if m:
            ends.append(m.start())
        return min(ends)

    def _note(self) -> Span | None:
        t = self.body.masked
        m = _NOTE_RE.search(t[:self.first])
        if not m:
            return None
        end = self._front_end(m.end())
        for b in self._block_starts(m.end(), end):      # the note is one block, then the title
            if re.search(r"[.:]\s*$", t[m.end():b]):
                end = b
                break
        return (m.start(), end)

    def _summary(self) -> Span | None:
        if self.summary_at is None:
            return None
        return (self.summary_at, self._front_end(self.summary_at + 7))

    def _block_starts(self, a: int, b: int) -> list[int]:
        """Stream offsets in [a, b) where the original starts a new line after a blank line."""
        pos, src = self.body.pos, self.src
        return [i for i in range(max(a, 1), min(b, len(pos)))
                if pos[i] - pos[i - 1] > 1 and src.count("\n", pos[i - 1], pos[i]) >= 2]

    def _line_start(self, i: int) -> bool:
        """Whether stream offset i starts a line of the original text."""
        p = self.body.pos[i]
        j = self.src.rfind("\n", 0, p)
        return not self.src[j + 1:p].strip()

    def _preamble(self) -> list[Span]:
        t = self.body.masked
        lim = self.first if self.paras else len(t)
        if self.note or self.summary:
            return []
        starts = [m.start() for m in _PREAMBLE_RE.finditer(t, 0, lim)
                  if (m.start() == 0 or t[m.start() - 1] == " ") and self._line_start(m.start())]
        if len(starts) < 2 and not (starts and self.paras):
            return []
        return [(s, starts[i + 1] if i + 1 < len(starts) else lim) for i, s in enumerate(starts)]

    # -- locating
    def para_at(self, pos: int):
        """The numbered paragraph (num, start, end) holding body offset pos, or None."""
        for p in self.paras:
            if p[1] <= pos < p[2] or (p[1] <= pos and p is self.paras[-1]):
                return p
        return None

    def locate(self, pos: int) -> tuple[str, int | None]:
        """(locator, paragraph number) of a BODY STREAM offset."""
        p = self.para_at(pos)
        if p is None:
            if pos < self.first:
                for i, (s, e) in enumerate(self.preamble, 1):
                    if s <= pos < e:
                        return f"preamble para. {i}", None
                if self.note and self.note[0] <= pos < self.note[1]:
                    return "note by the Secretariat", None
                return ("summary" if self.summary_at is not None and pos >= self.summary_at
                        else "heading"), None
            return "text", None
        for letter, s, e in self.items.get(p[0], []):
            if s - 5 <= pos < e:
                return f"para. {p[0]} ({letter})", p[0]
        return f"para. {p[0]}", p[0]

    def loc(self, pos: int, fn: int | None) -> tuple[str, int | None]:
        """Like locate, for an offset in footnote fn's stream (fn None: the body)."""
        if fn is None:
            return self.locate(pos)
        if fn in self.markers:
            where, para = self.locate(self.markers[fn])
            return (f"{where}, fn. {fn}" if where != "text" else f"fn. {fn}"), para
        return f"fn. {fn}", None

    def locator_at(self, offset: int) -> str:
        """The locator of an offset of the ORIGINAL text ("para. 7 (b)", "fn. 3", ...)."""
        for n, st in self.fns.items():
            if st.pos and st.pos[0] <= offset <= st.pos[-1]:
                return f"fn. {n}"
        i = min(bisect.bisect_left(self.body.pos, offset), max(len(self.body.pos) - 1, 0))
        return self.locate(i)[0]

    # -- segments
    def _seg(self, kind, locator, st: Stream, s: int, e: int, number=None, letter=None) -> Segment:
        while e > s and st.masked[e - 1].isspace():
            e -= 1
        return Segment(kind, locator, " ".join(st.masked[s:e].split()), st.span(s, e), number, letter)

    def segments(self) -> list[Segment]:
        """Every segment in document order: heading, note, summary, preamble paragraphs, numbered
        paragraphs each followed by its lettered items, then the footnotes."""
        b = self.body
        out: list[Segment] = []
        front = [x for x in (self.note, self.summary) if x] + self.preamble
        head_end = min([x[0] for x in front] + [self.first])
        if head_end > 0:
            out.append(self._seg("heading", "heading", b, 0, head_end))
        if self.note:
            out.append(self._seg("note", "note by the Secretariat", b, *self.note))
        if self.summary:
            out.append(self._seg("summary", "summary", b, *self.summary))
        for i, (s, e) in enumerate(self.preamble, 1):
            out.append(self._seg("preamble", f"preamble para. {i}", b, s, e, i))
        for n, s, e in self.paras:
            out.append(self._seg("paragraph", f"para. {n}", b, s, e, n))
            for letter, a, z in self.items.get(n, []):
                out.append(self._seg("item", f"para. {n} ({letter})", b, a, z, n, letter))
        for n, st in self.fns.items():
            out.append(self._seg("footnote", f"fn. {n}", st, 0, len(st.masked), n))
        return out

    def find(self, locator: str) -> Segment | None:
        """The segment a locator names ("para. 7 (b)", "fn. 3", "preamble para. 2", "summary",
        "note by the Secretariat"), or None when the document has no such piece."""
        want = parse_locator(locator)
        if want is None:
            return None
        kind, num, letter = want
        for s in self.segments():
            if s.kind == kind and s.number == num and s.letter == letter:
                return s
        return None


def segment(text: str) -> Segmented:
    """Segment a document text (see the module docstring)."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    return Segmented(text)
