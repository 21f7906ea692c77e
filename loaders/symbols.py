"""UN document symbols and resolution references: parsing, formatting, finding.

Pure functions, standard library only.

A document symbol is written ``SERIES/SESSION/NUMBER[/MODIFIER...]``::

    A/HRC/38/40            series A/HRC, session 38, number 40
    A/HRC/38/40/Add.1      ... with the modifier Add.1
    A/68/150               series A (General Assembly), session 68
    E/CN.4/Sub.2/2004/43   series E/CN.4/Sub.2, session 2004
    A/HRC/AC/9/4           series A/HRC/AC (the Advisory Committee)
    A/HRC/RES/35/3         series A/HRC/RES (resolutions)
    A/CONF.48/14/Rev.1     series A/CONF.48, no session, number 14

A resolution reference is written ``BODY NUMBER``: ``HRC 35/3``, ``CHR 2005/55``,
``GA 60/209``, ``SubCom 2003/115``, ``ECOSOC 1996/31``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .citation_dates import date_after, date_before, paren_date
from .un_dates import MONTH_RE as _MONTH
from .unshout import unshout
from typing import Iterator

__all__ = [
    "Symbol", "ResolutionRef", "SymbolMatch", "BODIES", "BODY_LABELS",
    "parse_symbol", "format_symbol", "normalize_symbol", "find_symbols", "SYMBOL_RE",
    "parse_resolution_ref", "format_resolution_ref", "symbol_body", "resolution_symbol",
    "ref_from_symbol", "is_year_number", "BODY_NAME_RE", "body_of_name", "CitationMatch",
    "find_resolution_citations", "split_paragraphs", "body_fits_number", "citation_number",
    "is_session_numeral_number",
]

# --------------------------------------------------------------------------- symbols

# Series, longest first. Value: whether the series carries a session component.
_SERIES: dict[str, bool] = {
    "E/CN.4/Sub.2/RES": True,
    "E/CN.4/Sub.2/DEC": True,
    "E/CN.4/Sub.2": True,
    "E/CN.4/RES": True,
    "E/CN.4/DEC": True,
    "E/CN.4": True,
    "E/RES": True,
    "E/DEC": True,
    "A/HRC/AC": True,
    "A/HRC/RES": True,
    "A/HRC/DEC": True,
    "A/HRC/PRST": True,
    "A/HRC": True,
    "A/RES": True,
    "A/DEC": True,
    "A": True,
    "E": True,
}
_SERIES_WORDS = {"RES", "DEC", "PRST", "AC"}
_CONF_RE = re.compile(r"^A/CONF\.(\d{1,4})$")
_COMMITTEE_RE = re.compile(r"^A/C\.[1-6]$")         # a Main Committee of the General Assembly: A/C.2/55/L.38

# a subsidiary body of the Council with a series of its own: A/HRC/WGEID/119/1, A/HRC/EMRIP/2019/2, A/HRC/WG.6/...
_SUBSIDIARY_RE = re.compile(r"^(?:[A-Z]{2,6}|WG\.\d{1,2})$")
_MOD_NAMES = {"add": "Add", "rev": "Rev", "corr": "Corr", "amend": "Amend"}
_SESSION_RE = re.compile(r"^(?:S-\d{1,2}|\d{1,4})$")
_NUMBER_RE = re.compile(r"^(?:L\.)?\d{1,5}$")      # (five digits as a copy may print one: "A/74/48057")
_MOD_RE = re.compile(r"^(Add|Rev|Corr|Amend)\.(\d{1,3})$", re.I)


@dataclass(frozen=True, order=True)
class Symbol:
    series: str                     # "A/HRC", "A", "E/CN.4/Sub.2", "A/CONF.48" ...
    session: str | None             # "38", "2004", "S-5"; None for series without sessions
    number: str                     # "40", "L.12"
    modifiers: tuple[str, ...] = ()  # ("Add.1",), ("Rev.1",), ("Add.1", "Corr.1")

    def format(self) -> str:
        parts = [self.series]
        if self.session is not None:
            parts.append(self.session)
        parts.append(self.number)
        parts.extend(self.modifiers)
        return "/".join(parts)

    __str__ = format

    @property
    def body(self) -> str | None:
        return symbol_body(self)

    @property
    def base(self) -> "Symbol":
        """The symbol without its modifiers (the main document of an addendum)."""
        return Symbol(self.series, self.session, self.number)


def _norm_component(c: str) -> str:
    c = c.strip()
    low = c.lower()
    if low in ("a", "e", "hrc", "ac", "res", "dec", "prst"):
        return c.upper()
    if low == "cn.4":
        return "CN.4"
    if low == "sub.2":
        return "Sub.2"
    m = re.match(r"^conf\.(\d+)$", low)
    if m:
        return f"CONF.{m.group(1)}"
    m = re.match(r"^(add|rev|corr|amend)\.\s*(\d+)$", low)
    if m:
        return f"{_MOD_NAMES[m.group(1)]}.{m.group(2)}"
    m = re.match(r"^s-(\d+)$", low)
    if m:
        return f"S-{m.group(1)}"
    m = re.match(r"^l\.(\d+)$", low)
    if m:
        return f"L.{m.group(1)}"
    return c


def parse_symbol(s: str) -> Symbol:
    """Parse a UN document symbol; raise ValueError saying what is wrong."""
    if not isinstance(s, str):
        raise ValueError(f"a document symbol must be a string, not {type(s).__name__}")
    raw = s
    s = re.sub(r"\s*/\s*", "/", s.strip())
    s = re.sub(r"\.\s+(?=\d)", ".", s)
    s = re.sub(r"(?<=\d)\.(?=(?:Add|Rev|Corr|Amend)\.\d)", "/", s, flags=re.I)  # misprint "15/37.Add.3"
    if not s:
        raise ValueError("empty document symbol")
    if re.search(r"\s", s):
        raise ValueError(f"malformed document symbol {raw!r}: contains spaces")
    comps = [_norm_component(c) for c in s.split("/")]
    if any(c == "" for c in comps):
        raise ValueError(f"malformed document symbol {raw!r}: empty component")
    # series: longest known prefix, or A/CONF.N
    series = None
    for n in (4, 3, 2, 1):
        cand = "/".join(comps[:n])
        if len(comps) >= n and (cand in _SERIES or _CONF_RE.match(cand) or _COMMITTEE_RE.match(cand)):
            series, rest = cand, comps[n:]
            break
    if series == "A/HRC" and len(rest) >= 3 and _SUBSIDIARY_RE.match(rest[0]) and rest[0] not in _SERIES_WORDS:
        series, rest = f"A/HRC/{rest[0]}", rest[1:]
    if series is None:
        raise ValueError(f"malformed document symbol {raw!r}: unknown series {comps[0]!r} "
                         "(expected A/..., A/HRC/..., E/CN.4/..., E/CN.4/Sub.2/..., A/CONF.N/..., A/C.N/...)")
    has_session = (_SERIES.get(series, False) or bool(_COMMITTEE_RE.match(series))
                   or series.startswith("A/HRC/"))
    if series.startswith("A/HRC/WG.") and len(rest) >= 3 and re.fullmatch(r"[A-Z]{3}", rest[1]) \
            and _NUMBER_RE.match(rest[2]):      # a review's document of one State: A/HRC/WG.6/12/COL/1
        rest = [rest[0], f"{rest[1]}/{rest[2]}"] + rest[3:]
    need = 2 if has_session else 1
    mods_start = need
    main = rest[:need]
    if len(main) < need or any(_MOD_RE.match(c) for c in main):
        what = "a session and a number" if has_session else "a number"
        raise ValueError(f"malformed document symbol {raw!r}: series {series} needs {what}")
    session = main[0] if has_session else None
    number = main[-1]
    if session is not None and not _SESSION_RE.match(session):
        raise ValueError(f"malformed document symbol {raw!r}: bad session {session!r}")
    if not (_NUMBER_RE.match(number) or (series.startswith("A/HRC/WG.") and re.fullmatch(r"[A-Z]{3}/\d{1,3}", number))):
        raise ValueError(f"malformed document symbol {raw!r}: bad number {number!r}")
    mods = rest[mods_start:]
    for m in mods:
        if not _MOD_RE.match(m):
            raise ValueError(f"malformed document symbol {raw!r}: bad component {m!r} "
                             "(expected Add.N, Rev.N, Corr.N or Amend.N)")
    return Symbol(series, session, number, tuple(mods))


def format_symbol(sym: Symbol) -> str:
    return sym.format()


def normalize_symbol(s: str) -> str:
    """Normalised spelling of a symbol (raises ValueError when malformed)."""
    return parse_symbol(s).format()


_SERIES_BODY = {
    "A/HRC": "HRC", "A/HRC/RES": "HRC", "A/HRC/DEC": "HRC", "A/HRC/PRST": "HRC",
    "A/HRC/AC": "HRC-AC",
    "A": "GA", "A/RES": "GA", "A/DEC": "GA",
    "E/CN.4": "CHR", "E/CN.4/RES": "CHR", "E/CN.4/DEC": "CHR",
    "E/CN.4/Sub.2": "SubCom", "E/CN.4/Sub.2/RES": "SubCom", "E/CN.4/Sub.2/DEC": "SubCom",
    "E": "ECOSOC", "E/RES": "ECOSOC", "E/DEC": "ECOSOC",
}


def symbol_body(sym: Symbol) -> str | None:
    """The body a document is addressed to or issued by: HRC, GA, CHR, SubCom, HRC-AC ..."""
    if sym.series.startswith(("A/CONF.", "A/C.")):
        return "GA"
    return _SERIES_BODY.get(sym.series)


# Finder. Matches candidate symbols, including malformed ones (e.g. "A/HRC/44/Add.1"),
# which the caller can parse and report.
_COMP = r"(?:[A-Za-z]{1,5}\.\s?\d{1,4}|S-\d{1,2}|[A-Z]{1,6}|\d{1,4})"
SYMBOL_RE = re.compile(
    r"(?<![\w/.])(?:A|E)/(?:" + _COMP + r")(?:/" + _COMP + r")*(?:/(?:" + _COMP + r"|\d{5}))(?:\.(?:Add|Rev|Corr)\.\d{1,3})?"
    r"(?![a-z\d_/]|[A-Z](?![a-z]))"    # (a symbol glued to the next word of a run-together copy: "A/HRC/40/53Advance")
)


@dataclass(frozen=True)
class SymbolMatch:
    start: int
    end: int
    raw: str
    symbol: Symbol | None
    error: str | None

    @property
    def text(self) -> str:
        return self.symbol.format() if self.symbol else re.sub(r"\s+", "", self.raw)


def find_symbols(text: str) -> Iterator[SymbolMatch]:
    """Every symbol-like string in text, with its span; malformed ones carry an error."""
    for m in SYMBOL_RE.finditer(text):
        raw = m.group(0)
        end = m.end()
        # do not swallow a trailing sentence period: "A/68/150." is caught by (?![\w/])
        try:
            sym = parse_symbol(raw)
            err = None
        except ValueError as e:
            sym, err = None, str(e)
        yield SymbolMatch(m.start(), end, raw, sym, err)


# ------------------------------------------------------------------- resolution refs

BODIES = ("HRC", "CHR", "GA", "SubCom", "ECOSOC")
BODY_LABELS = {
    "HRC": "Human Rights Council",
    "CHR": "Commission on Human Rights",
    "GA": "General Assembly",
    "SubCom": "Sub-Commission on the Promotion and Protection of Human Rights",
    "ECOSOC": "Economic and Social Council",
}
_BODY_ALIASES = {b.lower(): b for b in BODIES}
_BODY_ALIASES.update({"subcommission": "SubCom", "sub-commission": "SubCom"})
# bodies numbering their resolutions YEAR/N, and those numbering SESSION/N
_YEAR_BODIES = {"CHR", "SubCom", "ECOSOC"}
_RES_NUMBER_RE = re.compile(r"^(S-\d{1,2}|\d{1,4})/(\d{1,4})(?: [A-H])?$")   # "1993/2 A": a part letter


def is_year_number(number: str) -> bool:
    """True for a YEAR/N number (2005/55), as used by the CHR, the Sub-Commission, ECOSOC."""
    m = _RES_NUMBER_RE.match(number)
    return bool(m) and m.group(1).isdecimal() and 1946 <= int(m.group(1)) <= 2099


@dataclass(frozen=True, order=True)
class ResolutionRef:
    body: str     # HRC, CHR, GA, SubCom, ECOSOC
    number: str   # "35/3", "2005/55"

    def format(self) -> str:
        return f"{self.body} {self.number}"

    __str__ = format


def parse_resolution_ref(s: str) -> ResolutionRef:
    """Parse "HRC 35/3", "CHR 2005/55" ...; raise ValueError when malformed."""
    if not isinstance(s, str):
        raise ValueError(f"a resolution reference must be a string, not {type(s).__name__}")
    parts = s.strip().split()
    if len(parts) != 2:
        raise ValueError(f"malformed resolution reference {s!r}: expected 'BODY NUMBER', "
                         "e.g. 'HRC 35/3'")
    body = _BODY_ALIASES.get(parts[0].lower())
    if body is None:
        raise ValueError(f"malformed resolution reference {s!r}: unknown body {parts[0]!r} "
                         f"(expected one of {', '.join(BODIES)})")
    number = parts[1].upper() if parts[1].lower().startswith("s-") else parts[1]
    m = _RES_NUMBER_RE.match(number)
    if not m:
        raise ValueError(f"malformed resolution reference {s!r}: bad number {parts[1]!r} "
                         "(expected N/N, e.g. 35/3 or 2005/55)")
    number = f"{int(m.group(1)) if m.group(1).isdecimal() else m.group(1)}/{int(m.group(2))}"
    if body in _YEAR_BODIES and not is_year_number(number):
        raise ValueError(f"malformed resolution reference {s!r}: {body} numbers are YEAR/N")
    if body not in _YEAR_BODIES and is_year_number(number) and int(number.split("/")[0]) > 300:
        raise ValueError(f"malformed resolution reference {s!r}: {body} numbers are SESSION/N")
    return ResolutionRef(body, number)


def format_resolution_ref(ref: ResolutionRef | tuple[str, str] | None = None, /,
                          body: str | None = None, number: str | None = None) -> str:
    """Format a ResolutionRef, a (body, number) pair, or body= and number=."""
    if ref is None:
        if body is None or number is None:
            raise ValueError("format_resolution_ref needs a ref or body and number")
        ref = (body, number)
    if isinstance(ref, tuple):
        ref = parse_resolution_ref(f"{ref[0]} {ref[1]}")
    return ref.format()


def resolution_symbol(ref: ResolutionRef, kind: str = "resolution") -> str | None:
    """The document symbol of a resolution or decision, where the scheme is regular."""
    suffix = "RES" if kind == "resolution" else "DEC"
    series = {"HRC": f"A/HRC/{suffix}", "GA": f"A/{suffix}", "CHR": f"E/CN.4/{suffix}",
              "ECOSOC": f"E/{suffix}"}.get(ref.body)
    return f"{series}/{ref.number}" if series else None


def ref_from_symbol(symbol: str | Symbol) -> tuple[ResolutionRef, str] | None:
    """(ref, kind) for a resolution/decision symbol such as A/HRC/RES/35/3, else None."""
    sym = parse_symbol(symbol) if isinstance(symbol, str) else symbol
    if sym.modifiers or sym.session is None:
        return None
    kinds = {"RES": "resolution", "DEC": "decision"}
    head, _, tail = sym.series.rpartition("/")
    if tail not in kinds:
        return None
    body = {"A/HRC": "HRC", "A": "GA", "E/CN.4": "CHR", "E": "ECOSOC",
            "E/CN.4/Sub.2": "SubCom"}.get(head)
    if body is None:
        return None
    return ResolutionRef(body, f"{sym.session}/{sym.number}"), kinds[tail]


# UN press-release series (press.un.org, UN Geneva, OHCHR): "GA/SHC/4206", "SG/SM/1234", "ECOSOC/7035", "HR/HRC/06/60"
PRESS_SYMBOL = (r"(?:HR/HRC/\d{2}/\d{1,4}|(?:HR/CN|HR/GVA|HRC/NGO|SG/SM|SG/A|SG/T|GA/SHC|GA/EF|GA/AB|GA/SPD|GA/DIS|GA/L|"
                r"GA/COL|GA/PAL|ECOSOC)/\d{3,5}|(?:GA|SC|HR|DEV|ENV|OBV|PI|SOC|WOM|ORG|NGO)/\d{4,5})")  # bare series: 4 or 5 digits


# ------------------------------------------------------------- citations in running text

BODY_NAME_RE = re.compile(
    r"(?P<ECOSOC>Economic and Social Council|(?<![\w/])ECOSOC(?![\w/]))"
    r"|(?P<SubCom>Sub-?[Cc]ommission(?: on the Promotion and Protection of Human Rights"
    r"| on Prevention of Discrimination and Protection of Minorities)?)"
    r"|(?P<CHR>Commission on Human Rights(?! of))"
    r"|(?P<HRC>Human Rights Council(?! Advisory))"
    r"|(?P<GA>General Assembly|(?<![\w/])(?:UNGA|GA)(?![\w/]))"
    r"|(?P<SC>Security Council|(?<![\w/])UNSC(?![\w/]))"
    r"|(?P<HRC3>(?<![\w/])(?:UNHRC|HRC)(?![\w/]))"        # the abbreviations: "UNGA resolution 60/251", "HRC res. 48/14"
    r"|(?P<CHR3>(?<![\w/])(?:UNCHR|CHR)(?![\w/]))"
    r"|(?P<HRC2>\bCouncil\b(?! Advisory))"
    r"|(?P<CHR2>\bCommission\b(?! on))"
    r"|(?P<GA2>\bAssembly\b)")


def is_session_numeral_number(number: str) -> bool:
    """True for a number of the old numbering, its session in Roman numerals: "2542 (XXIV)", "217 A (III)"."""
    return bool(_OLD_NUMBER_RE.match(number))


def citation_number(raw: str) -> str:
    """A cited number as the keys write it: "2542(XXIV)" -> "2542 (XXIV)", "217A (III)" -> "217 A (III)"."""
    m = _OLD_NUMBER_RE.match(" ".join(raw.split()))
    if not m:
        return raw
    return f"{m.group(1)} {m.group(2) + ' ' if m.group(2) else ''}({m.group(3)})"


def _session_of(number: str) -> str:
    """The session (or year) part of a cited number: "35" of "35/3", "XXIV" of "2542 (XXIV)"."""
    m = _OLD_NUMBER_RE.match(" ".join(number.split()))
    return m.group(3) if m else number.split("/")[0]


def body_fits_number(body: str, number: str) -> bool:
    """Whether a body numbers its resolutions so: YEAR/N (CHR, Sub-Commission, ECOSOC), SESSION/N (HRC, GA),
    or the old N (ROMAN SESSION) of the General Assembly, ECOSOC, the Commission ("20 (XXXVI)", 1980) and the
    Sub-Commission."""
    if is_session_numeral_number(number):
        return body in ("GA", "ECOSOC", "CHR", "SubCom")
    return (body in _YEAR_BODIES) == is_year_number(number)


def body_of_name(m: re.Match | None) -> str | None:
    """Body key of a BODY_NAME_RE match ("the Council" is the HRC, "the Commission" the CHR)."""
    return re.sub(r"\d$", "", m.lastgroup) if m and m.lastgroup else None


# General Assembly and ECOSOC resolutions of the old numbering carry their session in Roman numerals:
# "2542 (XXIV)", "217 A (III)", "3201 (S-VI)", ECOSOC "1503 (XLVIII)"
_OLD_NUM = r"\d{1,4}(?:\s?[A-H])?\s?\((?:S-|ES-)?[IVXL]{1,7}\)"
_OLD_NUMBER_RE = re.compile(r"^(\d{1,4})\s?([A-H])?\s?\(((?:S-|ES-)?[IVXL]{1,7})\)$")
# the Security Council numbers its resolutions on, with the year in brackets: "2149 (2014)"
_SC_NUM = r"\d{1,4}\s?\((?:19[4-9]\d|20\d\d)\)"
_SC_NUMBER_RE = re.compile(r"^(\d{1,4})\s?\((\d{4})\)$")
# a part letter after a YEAR/N or SESSION/N number: Commission resolution "1993/2 A" (not "35/3 A/HRC/...")
# (not the language letter of a document's job number that a copy runs in after it: "2002/36 E GE.03-10327 (E)")
_NUM = rf"(?:(?:S-)?\d{{1,4}}/\d{{1,4}}(?: [A-H](?![\w/])(?!\s+(?:GE\.)?\d{{2}}-\d{{4,5}}))?|{_OLD_NUM}|{_SC_NUM})"
_PARA = r"\d{1,3}(?:\s*\([a-z]{1,4}\))*"
_PLIST = rf"{_PARA}(?:\s*(?:,|and|to|-|\u2013)\s*(?:{_PARA}|\([a-z]{{1,4}}\)))*"
PARA_LIST_RE = re.compile(_PLIST)
# lower case in running text; capitalised in a legal citation after a comma ("UN Human Rights Council, Resolution 32/2, ...")
# (or set off by commas: "In its most recent resolution, 43/26, the Council ...")
# (or its topic set off by commas: "In its latest resolution on the mandate of ..., 26/12 of 26 June 2014, the Council")
# (or opening a sentence when a clause or its date follows the number: "Resolution 29/5, which the Council adopted in
# June 2015", "Resolution 22/18 of March 2013 set up ...")
# (or glued to its number by a copy that lost the space: "under Council resolution32/2")
# (or abbreviated before its number: "HRC res. 48/14")
# (or left out, the body's full name right before the number: "Through Human Rights Council 51/15 the Special Rapporteur";
# not a resolution's own heading run in after its header: "Resolution adopted by the Human Rights Council 26/6. Title")
_KW_RE = re.compile(rf"\b(resolutions?|decisions?|(?<=,\s)Resolutions?|(?<=,\s)Decisions?|(?<=\s)[Rr]es\.?(?=\s?(?:S-)?\d{{1,4}}/\d)|"
                    rf"(?:(?<=^)|(?<=[.!?]\s))Resolution(?=\s+{_NUM}(?:,\s+[a-z]|\s+(?:of|dated)\s+(?:\d|{_MONTH})))|"
                    rf"(?:(?<=Human Rights Council )|(?<=Commission on Human Rights )|(?<=General Assembly ))"
                    rf"(?<!adopted by the Human Rights Council )(?<!adopted by the Commission on Human Rights )"
                    rf"(?<!adopted by the General Assembly )(?=(?:S-)?\d{{1,4}}/\d{{1,4}}(?![\d/])(?!\.\s)))"
                    rf"(?:\s+|(?=(?:S-)?\d{{1,4}}/\d)|,\s+(?={_NUM},)|\s+on\s+[^;:()\d]{{1,160}}?,\s+(?={_NUM}(?:,|\s+of\s)))(?={_NUM})", re.M)
_OF_DATE = rf"\s+of\s+(\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{4}})\b"
# the date written after a resolution: "2005/55 of 20 April 2005", "7/4 dated 27 March 2008", "43/10, from June 2020"
# (not "from 1 to 5 June": a period)
_ITEM_DATE = (rf"(?:\s+(?:of|dated)|,?\s+from|,?\s+(?:both|all|each)\s+(?:of|dated|adopted\s+on))\s+(\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{4}})\b"
              r"(?!\s*(?:to|until|-|\u2013)\s)")
# a resolution's title in quotation marks after its number: 5/1 "Institution-building of ..." (lines may break inside)
_QUOTED_TITLE = r"(?:\s*,?\s*[\"\u201c][^\"\u201c\u201d;]{1,250}[\"\u201d],?)"
_ITEM_RE = re.compile(rf"({_NUM})(?:\s*,?\s*\(?\s*(?:paras?\.|paragraphs?)\s*({_PLIST})\)?)?"
                      r"(?:\s*\((?:of |adopted in )?(?:19|20)\d\d\))?" + rf"(?:{_QUOTED_TITLE}?{_ITEM_DATE})?")
# between items of a list, a topic: "5/1, on institution-building, and 5/2", "46/8 on the effects of ..., and 46/11"
_SEP_RE = re.compile(rf"(?:,\s+on\s*[^,;:()\d]{{1,120}}|\s+on\s+[a-z][^,;:()\d]{{0,119}}(?=,\s*(?:and\s+)?{_NUM}|\s+and\s+{_NUM})|"
                     rf"{_QUOTED_TITLE})?"
                     rf"\s*[,;]?\s*(?:and\s+)?(?={_NUM})")
# a date shared by a list, with or without a word for it: "..., of 18 June 2007", "..., both of 18 June 2007",
# "..., all adopted on 18 June 2007", "..., each dated 18 June 2007"
_SHARED_WORD = r"(?:\s+(?:both|all|each|all\s+(?:two|three|four)))?"
_SHARED_OF_DATE = (rf"{_SHARED_WORD}(?:{_OF_DATE}|\s+(?:adopted\s+on|dated)\s+(\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\b)")
_SHARED_DATE_RE = re.compile(rf"(?:,\s+on\s*|\s+on\s+)[^,;:()\d]{{1,200}},{_SHARED_OF_DATE}")   # "oninstitution-building": glued
# between one citation's topic and the next citation's keyword: "resolution 5/1 on ... and resolution 5/2 on ..., of DATE"
_KW_PAIR_GAP_RE = re.compile(r"(?:\s+on\s+[^,;:()\d]{1,200}?)?,?\s+and\s+(?:its\s+|the\s+)?"
                             r"(?:(?:" + BODY_NAME_RE.pattern + r")\s+)?$")
_PARA_BEFORE_RE = re.compile(rf"(?:operative\s+)?paragraphs?\s+({_PLIST})\s+of\s+(?:its\s+|the\s+)?$")
_BODY_BEFORE_RE = re.compile(r"(?:" + BODY_NAME_RE.pattern + r")\s+$")


def split_paragraphs(plist: str | None) -> list[str]:
    """"1 (b)" -> ["1 (b)"]; "2 and 4 (a)" -> ["2", "4 (a)"]; "1 (a) and (b)" -> ["1 (a)", "1 (b)"]."""
    out: list[str] = []
    for tok in re.findall(r"\d{1,3}(?:\s*\([a-z]{1,4}\))*|\([a-z]{1,4}\)", plist or ""):
        if tok.startswith("("):
            if out:
                out.append(f"{out[-1].split(' (')[0]} {tok}")
            continue
        num = re.match(r"\d+", tok).group(0)
        subs = re.findall(r"\([a-z]{1,4}\)", tok)
        out.extend([f"{num} {x}" for x in subs] or [num])
    return out


@dataclass(frozen=True)
class CitationMatch:
    start: int                  # the body name (first item of an explicit list), else the number
    end: int
    number: str                 # "35/3"
    kind: str                   # resolution | decision
    paragraphs: tuple[str, ...]
    body: str | None            # the body the text names for it, when it names one
    keyword_start: int          # where "resolution(s)" / "decision(s)" starts
    list_end: int               # end of the whole list the item belongs to
    date: str | None = None     # "20 April 2005": the date written after it ("2005/55 of 20 April 2005")


# the acts of a body outside the UN bodies this reader knows, named after the list: "resolution 91 and decisions
# 250/2002 and 428/12 of the African Commission on Human and Peoples' Rights", "decision 7 of the Conference of the
# Parties", "resolution 1/2 of the Executive Board of ...", "resolution 3 of the World Health Assembly"
_ORG_AFTER_RE = re.compile(r"\s*,?\s*of the\s+(?:(?:[A-Z][\w'\u2019-]*|of|on|and|for|the)\s+){0,8}?"
                           r"(?:Commission|Committee|Court|Union|Organi[sz]ation|Assembly|Council|Conference|Parliament|"
                           r"Board|Community|League|States)\b")
_UN_BODY_AFTER_RE = re.compile(r"\s*,?\s*of the\s+(?:then\s+|former\s+|United Nations\s+|UN\s+|the\s+)*(?:" + BODY_NAME_RE.pattern + ")")


def _foreign_body_after(text: str, end: int) -> bool:
    """Whether the list ending at ``end`` is of a body that is not one of the UN's (see _ORG_AFTER_RE)."""
    return bool(_ORG_AFTER_RE.match(text, end)) and not _UN_BODY_AFTER_RE.match(text, end)


def find_resolution_citations(text: str) -> Iterator[CitationMatch]:
    """Resolution and decision citations (see _find_citations), where a citation with no date of its own, joined by
    "and" to the next keyword's citation of the same session, takes that one's date: "resolution 5/1 on ... and
    resolution 5/2 on ..., of 18 June 2007" (one session, one day)."""
    found = list(_find_citations(text))
    for i in range(len(found) - 2, -1, -1):
        a, b = found[i], found[i + 1]
        if not a.date and b.date and a.keyword_start != b.keyword_start and a.list_end <= b.keyword_start \
                and _session_of(a.number) == _session_of(b.number) \
                and _KW_PAIR_GAP_RE.match(text, a.list_end, b.keyword_start):
            found[i] = replace(a, date=b.date)
    yield from found


def _find_citations(text: str) -> Iterator[CitationMatch]:
    """Resolution and decision citations, one per number, with paragraphs and the body when
    the text names it right there ("Human Rights Council resolutions 7/5, para. 1 (b); and 35/3",
    "decision 2003/115 of the Subcommission"). Bodies named elsewhere in the sentence are for
    the caller to resolve."""
    for kw in _KW_RE.finditer(text):
        kind = "decision" if kw.group(1).lower().startswith("decision") else "resolution"
        before = text[max(0, kw.start() - 70):kw.start()]
        bm = _BODY_BEFORE_RE.search(before)
        explicit = body_of_name(bm) if bm else None
        start0 = kw.start() - (len(before) - bm.start()) if bm else kw.start()
        pm = _PARA_BEFORE_RE.search(before)
        pos, items = kw.end(), []
        while (im := _ITEM_RE.match(text, pos)):
            paras = split_paragraphs(im.group(2)) or (split_paragraphs(pm.group(1)) if pm and not items else [])
            items.append((im, paras))
            sm = _SEP_RE.match(text, im.end())
            if not sm:
                break
            pos = sm.end()
        if not items:
            continue
        if explicit is None and _foreign_body_after(text, items[-1][0].end()):
            continue                    # "decisions 250/2002 and 428/12 of the African Commission on ...": not the UN's
        am = re.match(r"\s*of the (?:" + BODY_NAME_RE.pattern + ")", text[items[0][0].end():])
        after = body_of_name(BODY_NAME_RE.search(am.group(0))) if am else None
        dates = [im.group(3) for im, _ in items]
        shared = _SHARED_DATE_RE.match(text, items[-1][0].end())
        if shared:                      # "5/1, on ..., and 5/2, on ..., of 18 June 2007"
            dates = [d or shared.group(1) or shared.group(2) for d in dates]
        elif len(items) > 1 and dates[-1] and not any(dates[:-1]) and \
                len({_session_of(im.group(1)) for im, _ in items}) == 1:
            dates = [dates[-1]] * len(items)   # "5/1 and 5/2 of 18 June 2007": same session, same day
        for i, (im, _) in enumerate(items):
            dates[i] = dates[i] or paren_date(text, im.group(0), im.end())   # "51/25 (2022)"
        if len(items) == 1 and not dates[0] and (da := date_after(text, items[0][0].end(), start0)):
            dates = [da]
        elif len(items) == 1 and not dates[0] and (db := date_before(text, kw.start(), items[0][0].end(), _KW_RE)):
            dates = [db]
        for i in range(len(items) - 2, -1, -1):   # "..., 46/148 and 46/151 of 18 December 1991": a pair in a list
            a, b = items[i][0], items[i + 1][0]
            if not dates[i] and dates[i + 1] and _session_of(a.group(1)) == _session_of(b.group(1)) \
                    and re.fullmatch(r"\s+and\s+", text[a.end():b.start()]):
                dates[i] = dates[i + 1]
        for i, (im, paras) in enumerate(items):
            body = None
            if (scm := _SC_NUMBER_RE.match(" ".join(im.group(1).split()))):
                yield CitationMatch(start0 if i == 0 else im.start(), im.end(), scm.group(1), kind, tuple(paras), "SC",
                                    kw.start(), items[-1][0].end(), dates[i] or scm.group(2))
                continue
            for b in (explicit, after):
                if b and b != "SC" and body_fits_number(b, im.group(1)):
                    body = b
                    break
            end = im.end(2) if im.group(3) and im.group(2) else (
                im.start(3) - len(re.search(r",?\s+(?:(?:both|all|each)\s+)?(?:of|dated|from|adopted\s+on)\s+$", text[:im.start(3)]).group(0)) if im.group(3) else im.end())
            yield CitationMatch(start0 if i == 0 else im.start(), max(end, im.end(1)), citation_number(im.group(1)), kind,
                                tuple(paras), body, kw.start(), items[-1][0].end(), dates[i])
