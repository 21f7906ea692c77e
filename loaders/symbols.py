"""UN document symbols and resolution references: parsing, formatting, finding symbols.

Finding resolution citations in running text is in ``resolution_citations``.

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
from dataclasses import dataclass

from typing import Iterator

__all__ = [
    "Symbol", "ResolutionRef", "SymbolMatch", "BODIES", "BODY_LABELS",
    "parse_symbol", "format_symbol", "normalize_symbol", "find_symbols", "SYMBOL_RE",
    "parse_resolution_ref", "format_resolution_ref", "symbol_body", "resolution_symbol",
    "ref_from_symbol", "is_year_number", "PRESS_SYMBOL",
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


# UN press-release series (press.un.org, UN Geneva, OHCHR): "GA/SHC/4206", "SG/SM/1234", "ECOSOC/7035", "HR/HRC/06/60",
# and OHCHR's own releases of the late 1990s numbered by year, "HR/99/80"
PRESS_SYMBOL = (r"(?:HR/(?:HRC/)?\d{2}/\d{1,4}|(?:HR/CN|HR/GVA|HRC/NGO|SG/SM|SG/A|SG/T|GA/SHC|GA/EF|GA/AB|GA/SPD|GA/DIS|GA/L|"
                r"GA/COL|GA/PAL|ECOSOC)/\d{3,5}|(?:GA|SC|HR|DEV|ENV|OBV|PI|SOC|WOM|ORG|NGO)/\d{4,5})")  # bare series: 4 or 5 digits
