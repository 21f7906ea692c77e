"""Readers of a holder the text does not tie to the post by a full name (used by ``people.py`` when its main
reader finds none): an article's expert introduced first and named after, a title and surname alone ("Ms. Dandan
gathered"), the full form of such a surname, and a report summary's author."""
from __future__ import annotations

import re

from .people import _LO, _OFFICE_AFTER, _OTHER_OFFICE, _POST, _STOP, _UP, NAME_RE, NamedHolder, _sentence_bounds, \
    clean_name, contents_letter
from .countries import COUNTRY_RE
from .holder_cjk import ru_heading_names, zh_heading_names
from .holder_forms import full_name
from .name_titles import OPT_HONORIFIC


_INTRO = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:UN\s+|U\.N\.\s+|United Nations\s+)?(?:human rights\s+|independent\s+)?"
                    rf"(?:expert|{_POST})\b")
_SPEAKS = re.compile(r"\s*,?\s+(?:said|told|added|stressed|noted|warned|urged|called|asked|explained|pointed)\b")


def _introduced_then_named(text: str, blocks) -> list[NamedHolder]:
    """An article that opens on "A United Nations expert on ..." and then names the speaker: the first full name
    that is the subject of a speech verb in the next two sentences ("..., Cephas Lumina said") is the expert, or
    that opens the next sentence as its subject ("NAME, who will be in X from ..., has asked"), or that a quote's speech
    verb comes before ('"...," said NAME')."""
    m = _INTRO.search(text, 0, 600)
    if not m:
        return []
    a, b = _sentence_bounds(text, m.start())
    for _ in range(2):
        b = _sentence_bounds(text, b + 1)[1] if b < len(text) else b
    for n in NAME_RE.finditer(text, m.end(), b):
        name = clean_name(n.group(0))
        if not name or any(n.start() < k < n.end() for k in blocks):
            continue
        e = n.start() + n.group(0).rfind(name) + len(name)
        opens = n.start() > m.end() and _sentence_bounds(text, n.start())[0] == n.start() and \
            re.match(r",\s+who\b|\s+(?:has|had|is|was|will)\b", text[e:e + 10])
        said = re.search(rf"[,\"\u201d]\s*(?:said|added|stressed|noted|explained)\s+{OPT_HONORIFIC}$",
                         text[max(0, n.start() - 20):n.start()])
        if (_SPEAKS.match(text, e) or opens or said) and not _OFFICE_AFTER.match(text[e:e + 80]) \
                and not _OTHER_OFFICE.search(text[max(0, n.start() - 40):n.start()]):
            return [NamedHolder(name, (e - len(name), e), post=" ".join(m.group(0).split()))]
    return []


_OFFICES = "Minister|President|Ambassador|Director|Secretary|Representative|Governor|Mayor|Judge|Head|Chair|Commissioner"
_TITLED_SURNAME = re.compile(rf"(?<![\w.])(?:Mr|Ms|Mrs)\.?\s+([{_UP}][{_LO}'-]+)\s+(?=(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)\b|will\s+[a-z]|(?:said|told|met|spoke|gave|made|took|went|saw|found|held|began|wrote|led)\b))"
                             rf"|(?<![\w.])(?:Mr|Ms|Mrs)\.?\s+([{_UP}][{_LO}'-]+),\s+(?=who\s+(?:took|has|had|was|is)\b|(?:the|a|an)\s+(?:UN\s+|U\.N\.\s+|United Nations\s+)?"
                             rf"(?:{_POST}|[Ee]xpert)\b)"      # "Mr. Beyani, the Special Rapporteur, said"
                             # the post's title, then the titled surname in apposition: "... of the Special Rapporteur on
                             # NAME-OF-MANDATE, Ms. Kessel, from 3 to 9 May", "... the Independent Expert, Mr. Kessel."
                             rf"|\b{_POST}(?:\s+(?:on|for)\s+(?:(?!\b(?:{_OFFICES})\b)[^.;:()\"\u201c]){{1,160}})?,\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+|Professor\s+)([{_UP}][{_LO}'-]+)(?=\s*[,.;:)]|\s*$)"
                             # a French or Spanish text's title and surname before a verb: "Mme Kessel donnera une
                             # conférence", "M. Kessel a rencontré", "la Sra. Kessel visitará"
                             rf"|(?<![\w.])(?:Mme|Mlle|M\.|Sra\.?|Sr\.?)\s+([{_UP}][{_LO}'-]+)\s+(?=(?:a|ha|est|sera|será|va|se)\s+[a-zé]"
                             r"|[a-zéè]{3,}(?:ra|rá|ait|aba|ió|ó)\b)")
_POST_ACT = re.compile(rf"\b{_POST}\b|\b(?:his|her|sa|su) (?:[\w-]+ ){{0,2}}?(?:visit|visite|visita|mission|misión|mandate|mandat|mandato)\b|\btook\s+up\s+the\s+mandate\b"
                       r"|\b(?:will\s+)?visit\s+(?:the\s+)?[A-Z]"
                       r"|\b(?:Working\s+)?Group['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:visit|mission)\b")   # "... the Working Group's first visit"      # "Mr Forst will visit Honduras ..." under "The Special Rapporteur will ..."


# a titled full name whose visit a copy of the report names, the post in the text: "the press release from Mr. NAME
# trip to Ruritania", "Ms. NAME's official visit to Ruritania"
_TITLED_VISITOR = re.compile(rf"(?<![\w.])(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+({NAME_RE.pattern})(?:['\u2019]s)?\s+"
                             r"(?:(?:official|country|recent|first|fact-finding|working)\s+)?(?:visit|trip|mission)\s+to\s+(?:the\s+)?[A-Z]")


def _surname_only(text: str) -> list[NamedHolder]:
    """A holder the text names only as "Ms. Dandan", the subject of a sentence that (or whose previous
    sentence) speaks of the post or of her visit or mandate; used when no full name is tied to the post (first:
    a titled full name whose visit the text names, in a text about the post)."""
    out: dict[str, NamedHolder] = {}
    for m in _TITLED_VISITOR.finditer(text) if re.search(rf"\b{_POST}\b", text) else ():
        raw = " ".join(re.sub(r"['\u2019]s$", "", m.group(1)).split())          # (a possessive: "Ms. NAME's visit")
        if (name := clean_name(raw)) and raw == name:
            out.setdefault(name, NamedHolder(name, m.span(1), post=m.group(0)))
    if out:
        return list(out.values())
    for m in _TITLED_SURNAME.finditer(text):
        name = next(g for g in m.groups() if g)
        if name in _STOP or COUNTRY_RE.fullmatch(name):
            continue
        at = m.start(next(i for i in range(1, len(m.groups()) + 1) if m.group(i)))
        a, b = _sentence_bounds(text, at)              # (from the surname: the title's dot ends no sentence)
        pa, _ = _sentence_bounds(text, max(0, a - 2)) if a else (a, b)
        if _POST_ACT.search(text, pa, b):
            full = _full_form(text, name)            # "Ms. Kessel", where the text writes "Amara Kessel" elsewhere
            out.setdefault(full or name, NamedHolder(full or name, (at, at + len(name)),
                                                     post=_POST_ACT.search(text, pa, b).group(0)))
    return list(out.values())


def _full_form(text: str, surname: str) -> str | None:
    """The full name the text writes for a surname it also uses alone, a possessive too ("Amara Kessel's report ...
    Ms. Kessel")."""
    return full_name(text, surname, NAME_RE, lambda raw: clean_name(re.sub(r"['\u2019]s$", "", raw)))


_DEF_POST = re.compile(r"\b[Tt]he\s+(?:Special Rapporteur|Independent Expert)(?:['\u2019]s)?\b")
_SUBJECT_OF = re.compile(r"\s+(?:has|had|have|is|was|will|would|can|could|[a-z]{2,}ed|[a-z]{2,}s)\b")
_OFFICE_BEFORE = re.compile(r"\b(?:Minister|Ambassador|President|Director|Secretary|Representative|Chair\w*|Head|Governor|Mayor|"
                            r"Commissioner|Judge|Spokes\w+)\b[^.;]{0,40}?,?\s*$")


def summary_author(text: str, end: int) -> NamedHolder | None:
    """The author of a report whose summary (text[:end]) speaks of "the Special Rapporteur" and, in that sentence or
    the next two, names one person as the subject of a verb ("This report closes the Special Rapporteur's mandate
    ... Over six years NAME has seen ..."), not an official of another office ("the Minister, NAME, said")."""
    m = _DEF_POST.search(text, 0, end)
    if not m:
        return None
    a, b = _sentence_bounds(text, m.start())
    for _ in range(2):
        b = _sentence_bounds(text, b + 1)[1] if b < len(text) else b
    for n in NAME_RE.finditer(text, a, min(b, end)):
        name = clean_name(n.group(0))
        if not name:
            continue
        s = n.start() + n.group(0).find(name.split(" ")[0])
        e = s + len(name)
        if contents_letter(text, s, name):
            continue
        if _SUBJECT_OF.match(text, e) and not _OFFICE_BEFORE.search(text[max(a, s - 60):s]):
            return NamedHolder(name, (s, e), post=m.group(0))
    return None


_SUCCEEDING = re.compile(r"\b(?:succeeding|succeeded|succeeds|replacing|replaced|replaces|(?:the\s+)?successor\s+(?:to|of))\s+"
                         r"(?:(?:the\s+)?(?:former\s+|previous\s+)?(?:Special Rapporteur|Independent Expert|mandate[- ]holder)"
                         rf"\s*,?\s*)?{OPT_HONORIFIC}(?=[A-Z])")
_A_POST = re.compile(rf"{_POST}|\bmandate\b")


_SUCCEEDED_BY = re.compile(r"\b(?:was|were|is|will\s+be|is\s+to\s+be|has\s+been|had\s+been)\s+(?:succeeded|replaced)\s+by\s+"
                           rf"{OPT_HONORIFIC}(?=[A-Z])")


def in_succession(text: str, holders: list[NamedHolder]) -> list[NamedHolder]:
    """Holders named as the one a holder succeeds ("NAME took up the functions of Special Rapporteur on D, succeeding
    Ms. NAME2", "who replaced NAME2": an earlier holder) or as the one who succeeds a holder ("NAME was succeeded by
    NAME2": a later one), in a sentence that speaks of the post or the mandate."""
    known = {h.name for h in holders}
    out = []
    for m in sorted([*_SUCCEEDING.finditer(text), *_SUCCEEDED_BY.finditer(text)], key=lambda m: m.start()):
        a, b = _sentence_bounds(text, m.start())
        n = NAME_RE.match(text, m.end())
        name = clean_name(n.group(0)) if n else None
        if not name or name in known or not _A_POST.search(text, a, b) or _OFFICE_AFTER.match(text[n.end():n.end() + 80]):
            continue
        s = m.end() + n.group(0).find(name.split(" ")[0])
        known.add(name)
        out.append(NamedHolder(name, (s, s + len(name)), post=" ".join(m.group(0).split()), former=m.re is _SUCCEEDING))
    return out


_SUBMITTED_BY = re.compile(r"(?:\b(?:Submitted|Posted|Written)\s+by\s+|(?:^|(?<=[.|]\s))By\s+(?=[^.]{2,60}\.\s))"
                           rf"{OPT_HONORIFIC}(?=[A-Z])")   # an opinion piece's "By NAME."


def heading_in_chinese(text: str) -> list[NamedHolder]:
    """A Chinese copy's heading: "...特别报告员 NAME·NAME的报告" (see holder_cjk)."""
    return [NamedHolder(n, (s, e), post=p) for n, s, e, p in zh_heading_names(text) or ru_heading_names(text)]   # (or a Russian one's)


def submitted_by(text: str) -> list[NamedHolder]:
    """A web page's by-line ("Submitted by NAME on DATE") on a page that speaks of the post: the holder who wrote it
    (used only when no holder is tied to the post otherwise)."""
    if not re.search(_POST, text):
        return []
    for m in _SUBMITTED_BY.finditer(text, 0, 1500):
        n = NAME_RE.match(text, m.end())
        name = clean_name(n.group(0)) if n else None
        if name:
            s = m.end() + n.group(0).find(name.split(" ")[0])
            return [NamedHolder(name, (s, s + len(name)), post=" ".join(m.group(0).split()))]
    return []
