"""Resolution and decision citations in running text: "Human Rights Council resolution 35/3 of 22 June 2017",
"resolutions 7/5, para. 1 (b); and 35/3", "decision 2003/115 of the Subcommission".

Pure functions, standard library only; the symbols and references they yield are in ``symbols``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterator

from .citation_dates import date_after, date_before, foreign_date_after, paren_date
from .symbols import _YEAR_BODIES, is_year_number
from .un_dates import MONTH_RE as _MONTH

__all__ = ["BODY_NAME_RE", "body_of_name", "CitationMatch", "find_resolution_citations", "split_paragraphs",
           "body_fits_number", "citation_number", "is_session_numeral_number", "PARA_LIST_RE"]

BODY_NAME_RE = re.compile(
    r"(?P<ECOSOC>Economic and Social Council|(?<![\w/])ECOSOC(?![\w/]))"
    r"|(?P<SubCom>Sub-?[Cc]ommission(?: on the Promotion and Protection of Human Rights"
    r"| on Prevention of Discrimination and Protection of Minorities)?)"
    r"|(?P<CHR>Commission on Human Rights(?! of)|Commission des droits de l['\u2019]homme|Comisi\u00f3n de Derechos Humanos|\u041a\u043e\u043c\u0438\u0441\u0441\u0438(?:\u044f|\u0438|\u0435\u0439) \u043f\u043e \u043f\u0440\u0430\u0432\u0430\u043c \u0447\u0435\u043b\u043e\u0432\u0435\u043a\u0430)"
    r"|(?P<HRC>Human Rights Council(?! Advisory)|Conseil des droits de l['\u2019]homme|Consejo de Derechos Humanos|\u0421\u043e\u0432\u0435\u0442(?:\u0430|\u0435|\u043e\u043c)? \u043f\u043e \u043f\u0440\u0430\u0432\u0430\u043c \u0447\u0435\u043b\u043e\u0432\u0435\u043a\u0430)"
    r"|(?P<GA>General Assembly|Assembl\u00e9e g\u00e9n\u00e9rale|Asamblea General|\u0413\u0435\u043d\u0435\u0440\u0430\u043b\u044c\u043d(?:\u0430\u044f|\u043e\u0439) \u0410\u0441\u0441\u0430\u043c\u0431\u043b\u0435(?:\u044f|\u0438|\u0435\u0439)|(?<![\w/])(?:UNGA|GA)(?![\w/]))"
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
# (or abbreviated before its number: "HRC res. 48/14", "Security Council res. 1325 (2000)")
# (or capitalised after the Council's name before a Security Council number and its year: "Security Council Resolution
# 1244 (1999)"; not a Human Rights Council resolution's own title "Human Rights Council Resolution 32/2 (2016)"; and after
# ECOSOC's name before its YEAR/N number: "ECOSOC Resolution 1996/31"; and after any body's name before its number and
# date: "UN General Assembly Resolution 68/262 of 27 March 2014", "Human Rights Council Decision 5/102 of 18 June 2007")
# (or left out, the body's full name right before the number: "Through Human Rights Council 51/15 the Special Rapporteur";
# not a resolution's own heading run in after its header: "Resolution adopted by the Human Rights Council 26/6. Title")
_KW_RE = re.compile(rf"\b(resolutions?|decisions?|\u0440\u0435\u0437\u043e\u043b\u044e\u0446\u0438(?:\u044f|\u0438|\u044e|\u0435\u0439|\u044f\u043c\u0438|\u044f\u0445|\u044f\u043c)|\u0440\u0435\u0448\u0435\u043d\u0438(?:\u0435|\u044f|\u044e|\u0435\u043c|\u044f\u043c\u0438|\u044f\u0445|\u044f\u043c)|r\u00e9solutions?|resoluci(?:\u00f3n|ones)|d\u00e9cisions?|decisi(?:\u00f3n|ones)|(?<=,\s)Resolutions?|(?<=,\s)Decisions?|(?<=\s)[Rr]es\.?(?=\s?(?:(?:S-)?\d{{1,4}}/\d|\d{{1,4}}\s?\((?:19|20)\d\d\)))|(?:(?<=Council\s)|(?<=UNSC\s))Resolutions?(?=\s?\d{{1,4}}\s?\((?:19[4-9]\d|20\d\d)\))|(?:(?<=ECOSOC\s)|(?<=Economic and Social Council\s))Resolutions?(?=\s?(?:19[4-9]\d|20\d\d)/\d)|"
                    rf"(?:(?<=^)|(?<=[.!?]\s))Resolution(?=\s+{_NUM}(?:,\s+[a-z]|\s+(?:of|dated)\s+(?:\d|{_MONTH})))|"
                    rf"(?:(?<=Assembly\s)|(?<=Council\s)|(?<=Human Rights\s)|(?<=UNGA\s)|(?<=HRC\s))(?:Resolutions?|Decisions?)"
                    rf"(?=\s+{_NUM}(?:,\s+adopted\s+on|,?\s+(?:of|dated))\s+(?:\d|{_MONTH}))|"
                    rf"(?:(?<=Human Rights Council )|(?<=Commission on Human Rights )|(?<=General Assembly ))"
                    rf"(?<!adopted by the Human Rights Council )(?<!adopted by the Commission on Human Rights )"
                    rf"(?<!adopted by the General Assembly )(?=(?:S-)?\d{{1,4}}/\d{{1,4}}(?![\d/])(?!\.\s)))"
                    rf"(?:\s+|(?=(?:S-)?\d{{1,4}}/\d)|,\s+(?={_NUM},)|\s+on\s+[^;:()\d]{{1,160}}?,\s+(?={_NUM}(?:,|\s+of\s)))(?={_NUM})", re.M)
_OF_DATE = rf"\s+of\s+(\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{4}})\b"
# the date written after a resolution: "2005/55 of 20 April 2005", "7/4 dated 27 March 2008", "43/10, from June 2020",
# "5/1, of 18 June 2007, on ...", "52/17, of April 2023, which renewed ...", a copy's other date forms: "5/1 of June 18, 2007",
# "5/1 of 18th June 2007"
# (not "from 1 to 5 June": a period)
_ITEM_DATE = (rf"(?:\s+(?:of|dated)|,\s+(?:of|dated)(?=\s+(?:\d|{_MONTH}))|,?\s+from|,?\s+(?:both|all|each)\s+(?:of|dated|adopted\s+on))\s+"
              rf"(\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},\s+\d{{4}}|{_MONTH}\s+\d{{4}})\b"
              r"(?!\s*(?:to|until|-|\u2013)\s)")
# a resolution's title in quotation marks after its number: 5/1 "Institution-building of ..." (lines may break inside;
# "entitled" may open it: 5/1 entitled "..."; or single quotation marks: 5/1 'Institution-building ...'; or brackets,
# a capital and no figure in them: 5/1 (Institution-building of ...))
_QUOTED_TITLE = (r"(?:\s*,?\s*(?:entitled\s+)?(?:[\"\u201c][^\"\u201c\u201d;]{1,250}[\"\u201d]|"
                 r"(?<![\w'\u2019])['\u2018][^'\u2018\u2019;]{1,250}['\u2019](?!\w)|"
                 r"\((?!(?:Of|Adopted|Dated|See|Para)\b)[A-Z][^()\d;]{3,200}\)),?)")
_ITEM_RE = re.compile(rf"({_NUM})(?:\s*,?\s*\(?\s*(?:paras?\.|paragraphs?)\s*({_PLIST})\)?)?"
                      r"(?:\s*\((?:of |adopted in )?(?:19|20)\d\d\))?" + rf"(?:{_QUOTED_TITLE}?{_ITEM_DATE})?")
# between items of a list, a topic: "5/1, on institution-building, and 5/2", "46/8 on the effects of ..., and 46/11"
_SEP_RE = re.compile(rf"(?:,\s+on\s*[^,;:()\d]{{1,120}}|\s+on\s+[a-z][^,;:()\d]{{0,119}}(?=,\s*(?:and\s+)?{_NUM}|\s+and\s+{_NUM})|"
                     rf"{_QUOTED_TITLE})?"
                     rf"\s*[,;]?\s*(?:(?:and|et|y|\u0438)\s+)?(?={_NUM})")   # (a list in French, Spanish, Russian: "et", "y", "\u0438")
# a date shared by a list, with or without a word for it: "..., of 18 June 2007", "..., both of 18 June 2007",
# "..., all adopted on 18 June 2007", "..., each dated 18 June 2007"
_SHARED_WORD = r"(?:\s+(?:both|all|each|all\s+(?:two|three|four)))?"
_SHARED_OF_DATE = (rf"{_SHARED_WORD}(?:{_OF_DATE}|\s+(?:adopted\s+on|dated)\s+(\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\b)")
_SHARED_DATE_RE = re.compile(rf"(?:,\s+on\s*|\s+on\s+)[^,;:()\d]{{1,200}},{_SHARED_OF_DATE}")   # "oninstitution-building": glued
# a full date after a list of one session, after its body or a word of adopting: "5/1 and 5/2, adopted on 18 June
# 2007", "5/1 and 5/2 adopted by the Council on 18 June 2007", "5/1 of the Human Rights Council of 18 June 2007"
_BODY_ANY = re.sub(r"\?P<\w+>", "?:", BODY_NAME_RE.pattern)
_LIST_TAIL_DATE_RE = re.compile(r"(?:\s*,?\s*of the (?:" + _BODY_ANY + r"))?,?\s+(?:adopted\s+(?:by\s+the\s+(?:"
                                + _BODY_ANY + rf")\s+)?on|of)\s+(\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\b(?!\s*(?:to|until|-|\u2013)\s)")
# a date given by the item before: "5/1 of 18 June 2007 and 5/2 of the same date"
_SAME_DATE_RE = re.compile(r",?\s+(?:of|adopted on|dated)\s+the\s+same\s+(?:date|day)\b")
# between one citation's topic and the next citation's keyword: "resolution 5/1 on ... and resolution 5/2 on ..., of DATE"
# (or its title in quotation marks: 'resolution 5/1, "Title", and resolution 5/2, "Title", of 18 June 2007')
_KW_PAIR_GAP_RE = re.compile(r"(?:\s+on\s+[^,;:()\d]{1,200}?|" + _QUOTED_TITLE + r")?,?\s+and\s+(?:its\s+|the\s+)?"
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
    resolution 5/2 on ..., of 18 June 2007" (one session, one day); one "of the same date" takes the date of the one
    before: "resolution 5/1 of 18 June 2007 and decision 5/102 of the same date"."""
    found = sorted([*_find_citations(text), *_find_chinese_citations(text), *_find_arabic_citations(text)],
                   key=lambda c: c.start)
    for i in range(len(found) - 2, -1, -1):
        a, b = found[i], found[i + 1]
        if not a.date and b.date and a.keyword_start != b.keyword_start and a.list_end <= b.keyword_start \
                and _session_of(a.number) == _session_of(b.number) \
                and _KW_PAIR_GAP_RE.match(text, a.list_end, b.keyword_start):
            found[i] = replace(a, date=b.date)
    for i in range(1, len(found)):    # "resolution 5/1 of 18 June 2007 and resolution 5/2 of the same date"
        a, b = found[i - 1], found[i]
        if not b.date and a.date and a.keyword_start != b.keyword_start and a.list_end <= b.keyword_start \
                and _SAME_DATE_RE.match(text, b.end) and _KW_PAIR_GAP_RE.match(text, a.list_end, b.keyword_start):
            found[i] = replace(b, date=a.date)
    yield from found


def _find_citations(text: str) -> Iterator[CitationMatch]:
    """Resolution and decision citations, one per number, with paragraphs and the body when
    the text names it right there ("Human Rights Council resolutions 7/5, para. 1 (b); and 35/3",
    "decision 2003/115 of the Subcommission"). Bodies named elsewhere in the sentence are for
    the caller to resolve."""
    for kw in _KW_RE.finditer(text):
        kind = "decision" if kw.group(1).lower().startswith(("decisi", "d\u00e9cisi", "\u0440\u0435\u0448\u0435\u043d")) else "resolution"
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
        elif not any(dates) and len({_session_of(im.group(1)) for im, _ in items}) == 1 \
                and (tail := _LIST_TAIL_DATE_RE.match(text, items[-1][0].end())):
            dates = [tail.group(1)] * len(items)   # "5/1 and 5/2, adopted on 18 June 2007", "5/1 of the Council of ..."
        for i in range(1, len(items)):             # "5/1 of 18 June 2007 and 5/2 of the same date"
            if not dates[i] and dates[i - 1] and _SAME_DATE_RE.match(text, items[i][0].end()):
                dates[i] = dates[i - 1]
        for i, (im, _) in enumerate(items):
            dates[i] = dates[i] or paren_date(text, im.group(0), im.end()) or foreign_date_after(text, im.end())   # "51/25 (2022)", "2000/9 du 17 avril 2000"
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


# a citation in Chinese: the body, then "第" + the number(s) + "号决议" (resolution) or "号决定" (decision): "人权理事会第
# 15/21号决议", a list "第15/21 和24/5号决议", "第5/1、5/2号决议", "第2005/55号和第2005/56号决议" (no keyword before the number)
_ZH_BODIES = {"人权理事会": "HRC", "人权委员会": "CHR", "大会": "GA", "联合国大会": "GA", "经济及社会理事会": "ECOSOC",
              "经社理事会": "ECOSOC", "安全理事会": "SC", "安理会": "SC", "促进和保护人权小组委员会": "SubCom"}
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_ZH_NUM = r"(?:S-)?\d{1,4}/\d{1,4}"
_ZH_DATE = r"(?:(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?)?(?:\s*通过)?(?:\s*的)?)?"   # "2007年6月18日(通过的)"
_ZH_RE = re.compile(r"(" + "|".join(sorted(_ZH_BODIES, key=len, reverse=True)) + r")?\s*" + _ZH_DATE + r"\s*第\s*(" + _ZH_NUM +
                    r"(?:\s*号?\s*(?:、|,|，|和|及|与|以及)\s*第?\s*" + _ZH_NUM + r")*)\s*号\s*(决议|决定)")


def _find_chinese_citations(text: str) -> Iterator[CitationMatch]:
    """Resolution and decision citations written in Chinese (see _ZH_RE), the body when the text names it there."""
    for m in _ZH_RE.finditer(text):
        body = _ZH_BODIES.get(m.group(1) or "")
        kind = "decision" if m.group(6) == "决定" else "resolution"
        year, month, day = m.group(2, 3, 4)
        date = " ".join(x for x in (day, _EN_MONTHS[int(month) - 1] if month and 1 <= int(month) <= 12 else None, year) if x) or None
        nums = list(re.finditer(_ZH_NUM, m.group(5)))
        for i, nm in enumerate(nums):
            b = body if body and body != "SC" and body_fits_number(body, nm.group(0)) else None
            s0 = m.start() if i == 0 else m.start(5) + nm.start()
            yield CitationMatch(s0, m.start(5) + nm.end(), nm.group(0), kind, (), b, m.start(6), m.end(),
                                date if len(nums) == 1 else None)   # (a date before a list: whose? left unsaid)


# a citation in Arabic: the keyword, the body, then the number(s): "قرار مجلس حقوق الإنسان 15/21" (resolution), "قراري ...
# 15/21 و24/5" (two), "القرارات 5/1 و5/2", "مقرر مجلس حقوق الإنسان 2/102" (decision)
_AR_BODIES = {"مجلس حقوق الإنسان": "HRC", "لجنة حقوق الإنسان": "CHR", "الجمعية العامة": "GA", "المجلس الاقتصادي والاجتماعي": "ECOSOC",
              "مجلس الأمن": "SC"}
_AR_RE = re.compile(r"(?<![\w])(?:ب|ل|و|و?ب)?(?:ال)?(قرار|مقرر)(?:ي|ين|ا|ات|ان)?\s+(?:(" + "|".join(_AR_BODIES) + r")\s+)?(?:رقم\s+)?("
                    + _ZH_NUM + r"(?:\s*(?:،|,|و)\s*و?\s*" + _ZH_NUM + r")*)")


def _find_arabic_citations(text: str) -> Iterator[CitationMatch]:
    """Resolution and decision citations written in Arabic (see _AR_RE), the body when the text names it there."""
    for m in _AR_RE.finditer(text):
        body = _AR_BODIES.get(m.group(2) or "")
        kind = "decision" if m.group(1) == "مقرر" else "resolution"
        for i, nm in enumerate(re.finditer(_ZH_NUM, m.group(3))):
            b = body if body and body != "SC" and body_fits_number(body, nm.group(0)) else None
            yield CitationMatch(m.start() if i == 0 else m.start(3) + nm.start(), m.start(3) + nm.end(), nm.group(0), kind,
                                (), b, m.start(1), m.end(), None)
