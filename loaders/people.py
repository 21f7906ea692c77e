"""Mandate holders named in any kind of UN text: report covers and notes, press releases,
end-of-visit statements, mandate pages, resolutions that thank a holder.

``find_holders(text) -> list[NamedHolder]``: a name counts when the text ties it to the post
("the Independent Expert on ..., Obiora C. Okafor,", "Juan Pablo Bohoslavsky (Argentina) was
appointed", "Thanks NAME for his work as independent expert", a "mandate holders" list), with
the appointment date and the date of taking up functions when the same or the next sentence
gives them, before the verb ("In August 2014 the Council appointed NAME"), or of a pronoun ("designated him ... on
12 April": a day with no year takes the dateline's). Dates stay partial ("June 2017" -> "2017-06"). Not names: a
record's field label ("Document Type:"), the tail of a body's title ("... Experts on People of African Descent"), an
office's holder ("the Minister NAME"). A surname used alone is the full name the text gives elsewhere.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .countries import COUNTRY_RE
from .holder_dates import (APPOINTED, APPOINTED_BEFORE, DECIDED_TO_APPOINT, IN_ON, OTHER_ACT, POST_APPOINTED, TOOK_UP, finer, pronoun_appointments,
                           took_up_date)
from .holder_regional import no_un_holder, older_title_before
from .holder_forms import (CHAIR_LABEL, same_person_spellings, titled_before_colon, NOT_SP_BODY, title_list_item, with_line_restarts, caps_surnames_softened, bare_surnames, byline_names, committee_chairs, delegation_members,
                           heading_names, member_speakers, speaker_for_experts)
from .un_dates import DATE_RE, parse_date
from .name_titles import HONOUR as _HONOUR, LEADING_TITLES as _TITLES, OPT_HONORIFIC, OPT_TITLE, OPT_TITLE_GLUED

__all__ = ["NamedHolder", "find_holders", "pronoun_appointments", "NAME_RE", "clean_name"]

# letters of names in Latin scripts, with the accented capitals and small letters of Latin-1 and Latin Extended-A/B
# ("Dubravka \u0160imonovi\u0107", "Dainius P\u016bras", "Fionnuala N\u00ed Aol\u00e1in")
_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_LO = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x250)) if c.islower())
_TOKEN = rf"(?:(?:[A-Z]['\u2019](?=[A-Z])|Ma?c(?=[A-Z]))?[{_UP}][{_LO}'\u2019-]+|[A-Z]\.(?:[A-Z]\.)*|(?<![\w'])[A-Z](?= [A-Z][a-z]))"   # "Obiora C Okafor"
NAME_RE = re.compile(rf"(?<![\w'.]){_TOKEN}(?:[ \t]*\n?[ \t]*(?:{_TOKEN}|(?:dos|da|de|del|van|von)\b))" + "{1,4}")
_STOP = set("""Summary Note Report Global Artificial An The Human Rights Council United Nations UN
Independent Expert Special Rapporteur Press Skip Statements Delivered Visit Preliminary Current Previous
Commission General Assembly Government Professor Mr Ms Mrs Dr Secretary Secretariat During In On At
I He She It This Ending Closing End Geneva For To From Thanks Welcomes Acknowledges Requests Decides Expresses
Takes Notes Encourages Calls Invites Recalling Reaffirming
Round Conference Forum Summit Workshop Seminar Symposium Meeting Panel Mission
Besides Beyond Despite Although Across Among Apart Following Unlike Within Outside After Before Since While Whereas
Meanwhile Moreover However Furthermore Today Yesterday ENDS
Many Most Some Several Few Both Each Every Such These Those Numerous
Navigation Blocks Select Contact Information Document Originally Contents Thematic Country Countries Annex Introduction
Addendum Corrigendum Reports Observations Visits Communications Recommendations Conclusions By
Adición Additif Resumen Résumé Informe Rapport Relator Relatora Especial Experto Experta Independiente Rapporteuse Spécial Spéciale
Especially Particularly Notably Including Mainly Chiefly Its""".split())
# (the third line: an event's title a name runs into, "Dr Cephas Lumina Round Table on External Debt", "Dr Cephas
# Lumina Mission to Argentina"; the last two: words that open a sentence, never a name: "Besides Colombo, the ...";
# a quantifier or determiner that opens a sentence, never a given name: "Many Kenyan officials", "Several Malian towns";
# "ENDS", the end marker of a press release, runs into the bio line after it: "ENDS Mr NAME was appointed ...";
# "Especially Women": a mandate's title in capitals ("... Trafficking in Persons, Especially Women and Children") read
# after its comma as a name: an adverb that opens a title's tail, never a given name;
# the line before it: a web page's or a copy's chrome and a report's headings, never a name, that a name runs into or that
# reads as one: "Navigation Blocks", "Contact Information", "Document Originally", "NAME Thematic", "A. Country visits")
# Words of an organisation's name: an organisation is never a person ("Zonta International",
# "Brahma Kumaris World Spiritual University"), nor is a run of more than five name tokens.
_ORG_WORDS = set("""University International Association Foundation Council Network Institute Centre Center
Federation Society Organization Organisation Committee Alliance Coalition Church Churches Movement Union League
Commission Agency Fund Trust Corporation Company Group Club Order Party Academy College School Member States
Law Agreement Accord Treaty Convention Covenant Charter Protocol Avenue Street Road Boulevard Avenida
Goals Agenda Principles Guidelines Declaration Programme Program Strategy Framework Initiative Compact Constitution
Court Tribunal Parliament Ministry Ministries Office Department Affairs Naciones Unidas Unies Nações""".split())
_ORG_WORDS |= {w + "s" for w in _ORG_WORDS if not w.endswith("s")}    # "Community Organizations": a plural is no person
# ("Member States": the States of an organisation, never a person; a body of law or an agreement, "Humanitarian Law",
# "Comprehensive Peace Agreement"; a street of an address, "Avenue de ..."; a plan or an institution)
_MAX_NAME_TOKENS = 5
# a noun of a capitalised mandate title, never a name: "..., Racial Discrimination", "..., Child Pornography"
_ABSTRACT_NOUN = re.compile(r"\B(?:[a-z]tion|graphy|ism)s?$")
# an office written before a name as its title: the name is that office's holder, not a mandate holder
_OFFICE_TITLE = set("""Minister Ambassador President Senator Judge Governor Mayor Spokesperson Director Secretary-General
Chairperson Chairman Chairwoman Commissioner Deputy Vice-President King Queen Prince Princess General Colonel""".split())
# the tail of a body's title written in capitals with its joining words ("Working Group of Experts on People of
# African Descent", "Working Group on Enforced or Involuntary Disappearances"): no person's name
_TITLE_CHAIN = re.compile(r"\b[A-Z][\w'-]*\s+(?:of|on|for|and|or|in)\s+(?:the\s+)?[A-Z][\w'-]*\s+(?:of|on|for|and|or|in)\s+"
                          r"(?:the\s+)?$")
def _soft(word: str) -> str:
    """The word, also when a line-break hyphen was left inside it ("Inde-pendent", "Rappor-teur")."""
    return "-?".join(word)


_POST = (rf"(?:{_soft('Independent')} [Ee]xpert|{_soft('independent')} expert|Special {_soft('Rapporteur')}|"
         rf"special {_soft('rapporteur')}|mandate[- ]holder"
         # the post in a Spanish or French version: "Relatora Especial sobre ...", "Experte indépendante sur ..."
         r"|Relatora? Especial|Experta? Independiente|Rapporteu(?:r|se) [Ss]p\u00e9ciale?|Experte? [Ii]nd\u00e9pendante?)")
# where a photo caption places the person: "NAME (L), the United Nations Independent Expert ..."
_CAPTION = r"\((?:\d(?:st|nd|rd|th)\s+)?(?:L|R|C|[Ll]eft|[Rr]ight|[Cc]ent(?:re|er))\)\s*"
# the post, its words, a comma, then the name (a plural post too: "the Independent Experts on X, NAME, and on Y, NAME,")
_BEFORE = re.compile(rf"{_POST}(?:s(?=\s+(?:on|for)\s))?\b[^.;:\"\u201c]{{0,320}},\s*(?:(?:Mr|Ms|Mrs|Dr|Prof|Sra|Sr|Dra|Mme)\.?\s*|Professor\s+|Sir\s+|Dame\s+|{_HONOUR})?$")
# after the name: its footnote's mark ("NAME*, the ...", "NAME (*)"), then its post
_AFTER = re.compile(
    rf"^(?:[*\u2020\u2021]+|\s*\(\*+\))?\s*(?:\((?:of |from )?[A-Z][A-Za-z ]+\)\s*|{_CAPTION})?(?:(?:,|\s*[\u2014\u2013]|\s+-(?=\s))\s*(?:the\s*(?=UN\s|U\.N\.\s)|the\s+|an?\s+)?[\"\u201c]?"   # "theUN": glued
    rf"(?:UN\s+|U\.N\.\s+|United Nations\s+)?"
    rf"(?:{_POST}|human rights expert|[Ee]xpert on\b)"
    rf"|(?:\s*\([^)]{{2,40}}\))?(?:\s*,[^,.;()]{{1,80}},)?,?\s+(?:was|has been)\s+(?:appointed|named|designated)\b|\s+is the (?:(?:current|new|first|second|third|present)\s+)?(?:(?:UN|U\.N\.|United Nations)\s+(?:\(UN\)\s+)?)?{_POST}"
    rf"|\s*\([A-Z][A-Za-z ]+\)\s+(?:as|for the position(?: of)?)\s+(?:the\s+)?{_POST}"
    rf"|(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}})?\s+as (?:the\s+)?(?:new\s+|first\s+)?{_POST}"
    rf"|,\s*Chair(?:person)?(?:[-/]Rapporteur)?\s+of\s+the\s+(?:United Nations\s+|UN\s+)?Working Group\b"
    rf"|\s+(?:UN\s+|United Nations\s+)?(?:Independent Expert|Special Rapporteur)\b"        # a title: "by NAME Independent Expert on ..."
    rf"|,\s*(?:the\s+)?(?:former\s+)?Representative of the (?:UN |United Nations )?Secretary-General (?:on|for)\b"   # older title
    rf"|\s+(?:has\s+been\s+serving|is\s+serving|serves|served|has\s+served)\s+as\s+(?:the\s+)?(?:UN\s+|United Nations\s+)?{_POST}"
    rf"|\s*,\s*(?:(?:appointed|named|designated)\s+(?:[^.;,]{{0,40}}?\s)?as\s+(?:the\s+)?(?:first\s+|new\s+)?"   # "NAME, appointed in
    rf"(?:UN\s+|U\.N\.\s+|United Nations\s+)?{_POST})"                                    # 2016 as the Independent Expert"
    rf"|\s+(?:has\s+been|became)\s+(?:the\s+)?(?:UN\s+|United Nations\s+)?{_POST}"              # "NAME has been the Special
    rf"|\s+for (?:his|her) work as {_POST}|\s*\((?:19|20)\d\d\s*[-\u2013]\s*(?:(?:19|20)\d\d)?\))")
# the post, then the name as what it is: "The current Special Rapporteur is Ms. NAME", "The mandate holder was NAME"
_POST_IS = re.compile(rf"\b{_POST}\b[^.;,:]{{0,80}}?\s+(?:is|was|has\s+been)\s+{OPT_TITLE}$")
# another office's holder in apposition after the post's sentence began: "the Special Rapporteur met the Minister of Justice,
# NAME, and ..." (not a Working Group's chair, nor a post's own words)
_OFFICE_APPOS = re.compile(r"\b(?:Minister|President|Ombuds\w+|Commissioner|Director|Secretary|Ambassador|(?<!Special )Representative|"
                           r"Governor|Mayor|Judge|Prosecutor|Head|Coordinator|Chief|Speaker|Attorney)\b"
                           r"(?:(?!Working Group|Special Rapporteur|Independent Expert|mandate)[^,;.]){0,60},\s*"
                           rf"{OPT_TITLE_GLUED}$")
# the mandate as the subject: "The ... mandate is one of them, held at present by NAME"
_HELD_BY = re.compile(r"\bmandate\b[^.;]{0,80}?\b(?:held|filled)\s+(?:at\s+present\s+|currently\s+|now\s+|today\s+)?by\s+"
                      rf"{OPT_TITLE}$")
_OTHER_OFFICE = re.compile(r"\b(?:Ambassador|Minister|President|Senator|Judge|Governor|Mayor|Spokesperson|"
                           r"Permanent Representative)\s+$"          # "Ambassador A.L.A. Azeez": another office
                           # a session report's officer label: "Vice-President and Rapporteur : NAME (Country)" (not a working group's
                           # "Chair-Rapporteur: NAME", who holds its mandate)
                           r"|\b(?:(?<![Ss]pecial )(?<![-/])Rapporteur|(?<![-/])President|Chair(?:person)?(?![-/]))\s*:\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
                           r"(?:[A-Z][\w.'-]*\s+)?$")
_OFFICE_AFTER = re.compile(r"\s*,\s*(?:the\s+|an?\s+)?(?:(?:First\s+)?Deputy\s+|Vice-)?(?:Permanent Representative|Ambassador|Minister|"
                           r"President|Chair(?:person|man)?\s+of\s+the\s+(?!(?:United Nations\s+|UN\s+)?Working Group)|Director|Secretary|Head|"
                           r"Spokes(?:person|man|woman)|delegate|representative)\b")     # "NAME, Chair of the Advisory Committee"
_POST_WORDS = re.compile(rf"{_POST}|\b(?:UN|U\.N\.|United Nations)\s+(?:[Hh]uman [Rr]ights\s+(?:[Cc]ouncil\s+)?|rights\s+)?expert\b|"
                         r"\b(?:[Ee]xpert|Rapporteur)(?=\s+on\s+[a-z])|\b(?:[Hh]is|[Hh]er|[Mm]y|[Tt]he)\s+(?:predecessor|successor)\b|"
                         r"\bmandate[- ]holders?\b")
_MANDATE_NEAR = re.compile(r"\b(?:[Ii]ndependent [Ee]xpert|[Ss]pecial [Rr]apporteur|mandate|[Ee]xpert)s?\b")
_CLAUSE_END = re.compile(r"[;:]\s|(?<![A-Z])[.!?][\"'\u201d]?\s+(?=[A-Z\"\u201c])|\n\s*\n")


def _previous_sentence(text: str, pos: int) -> int:
    """Where the sentence before the one at pos starts (a title's "Mr." ends no sentence)."""
    lo = max(0, pos - 800)
    ends = [m.end() for m in _SENT_END.finditer(text, lo, pos)
            if not re.search(r"\b(?:Mr|Ms|Mrs|Dr|Prof|No|St)$", text[max(lo, m.start() - 5):m.start()])]
    return ends[-2] if len(ends) >= 2 else lo


def _clause_tie(text: str, s: int, e: int, blocks=()):
    """A name in the same clause as a post word, close to it: "United Nations expert on water and sanitation NAME",
    "his predecessor, Cephas Lumina,", "Professor NAME, a U.N. Independent Expert ..."; or, in a sentence that
    appoints mandate holders, a name followed by its nationality: "NAME (Mexico) as ...", "NAME (Ethiopia, member ...)"."""
    a = max([max(0, s - 200)] + [m.end() for m in _CLAUSE_END.finditer(text, max(0, s - 200), s)])
    nb = _CLAUSE_END.search(text, e, e + 200)
    b = nb.start() if nb else min(len(text), e + 200)
    for m in _POST_WORDS.finditer(text, a, b):
        if re.search(r"predecessor|successor", m.group(0)) and not _MANDATE_NEAR.search(text, _previous_sentence(text, s), b):
            continue                                   # "His predecessor NAME resigned": a president's, not an expert's
        gap = text[m.end():s]
        if m.end() <= s and not any(m.end() <= k <= s for k in blocks) and re.fullmatch(
                rf"(?:\s+(?:on|for|of|in)(?:\s+[a-z][\w'-]*)+)?\s*,?\s*{OPT_TITLE}", gap) \
                and not re.search(r"\b(?:on|for|of|in|and|the|to|with)\s*$", gap):
            return m                                   # "expert on water and sanitation NAME", "his predecessor, NAME"
        if m.start() >= e and not any(e <= k <= m.start() for k in blocks) and re.fullmatch(
                r"\s*,\s*(?:a|an|the)\s+(?:[\w.'\u2019]+\s+){0,5}?"          # "NAME, a U.N. Independent Expert"
                r"|\s*(?:\([^)]{2,40}\)\s*)?,?\s*(?:who\s+(?:was|has\s+been|is|became)\s+(?:(?:appointed|named|designated)\s+)?"
                r"|(?:took|takes|has\s+taken)\s+up\s+(?:his|her|the)\s+(?:functions?|post|position|duties|mandate)\s+|(?:assumed|assumes)\s+(?:his|her|the)\s+"
                r"(?:functions?|post|position|duties|mandate)\s+|(?:took|takes|has\s+taken|assumed|assumes)\s+(?:up\s+)?office\s+"
                r"|(?:began|begins|started|starts|commenced)\s+(?:(?:his|her|the)\s+)?(?:work|duties|functions?|mandate|term)\s+)"
                r"(?:as\s+)?(?:the\s+|an?\s+)?(?:new\s+|first\s+)?(?:UN\s+|U\.N\.\s+|United Nations\s+)?"
                # "NAME (Country), a professor of law, is the first to hold the post of UN Independent Expert ..."
                r"|\s*(?:\([^)]{2,40}\)\s*)?(?:,[^,.;]{1,120},)?\s*(?:is|was|became|has\s+become)\s+(?:the\s+)?"
                r"(?:(?:first|new|current)\s+)?(?:(?:person\s+)?to\s+hold|holder\s+of)\s+(?:the\s+)?(?:post|mandate|position)\s+"
                r"of\s+(?:the\s+)?(?:UN\s+|U\.N\.\s+|United Nations\s+)?", text[e:m.start()]):
            return m                                   # "NAME, a U.N. Independent Expert on ..."
    if re.match(r"\s*\([A-Z][\w ]+(?:,[^)]{0,40})?\)", text[e:e + 60]):
        sa, sb = _sentence_bounds(text, s)
        if re.search(r"\bappoint\w*\b[^.]{0,80}\bmandate holders?\b|\bmandate holders?\b[^.]{0,40}\bappoint", text[sa:sb]):
            return re.match(r"\s*\([^)]*\)", text[e:e + 60])
    return None


_SENT_END = re.compile(r"(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bProf)[.!?][\"'\u201d]?\s+(?=[A-Z\"\u201c])|\n\s*\n")


_FORMER = re.compile(r"\b(?:former|previous|outgoing)\s+(?:UN\s+|United Nations\s+)?(?:Special Rapporteur|Independent Expert|"
                     rf"mandate holder)\b[^.;]{{0,140}}?,\s*{OPT_HONORIFIC}$")
_PRESENT_POST = re.compile(r"\b(?:present|current|new|incoming)\s+(?:Special Rapporteur|Independent Expert|mandate holder)\b")
@dataclass
class NamedHolder:
    name: str
    span: tuple[int, int]
    appointed: str | None = None
    took_up_functions: str | None = None
    post: str | None = None          # the words that tie the name to a post ("Special Rapporteur on ...")
    former: bool = False             # named as "the former Special Rapporteur, NAME"


def _names_a_country(name: str) -> bool:
    """Whether a country stands in the name as a word of its own: a country glued by a hyphen to a family name
    ("Fanon Mendes-France") is part of that name; a hyphenated country ("Guinea-Bissau") is still a country."""
    for m in COUNTRY_RE.finditer(name):
        a = len(re.search(r"[\w'\u2019-]*$", name[:m.start()]).group(0))
        word = name[m.start() - a:m.end() + len(re.match(r"[\w'\u2019-]*", name[m.end():]).group(0))]
        if word == m.group(0) or COUNTRY_RE.fullmatch(word):
            return True
    return False


def clean_name(raw: str) -> str | None:
    """The name without titles, cut at the first word that cannot be part of a name."""
    s = _TITLES.sub("", " ".join(raw.split()))
    words = s.split(" ")
    while words and (words[0] in _STOP or words[0].rstrip(".") in _STOP):
        words.pop(0)
    words = _TITLES.sub("", " ".join(words)).split(" ")
    toks = []
    for tok in words:
        if tok in _STOP or tok.rstrip(".") in _STOP:
            break
        toks.append(tok)
    while toks and re.fullmatch(r"[A-Z]\.(?:[A-Z]\.)*", toks[-1]) and not (len(toks) == 2 and re.fullmatch(r"(?:[A-Z]\.){2,}", toks[-1])):
        toks.pop()                             # (a given name and the initials of the family name stay: "Ashwini K.P.")
    half = len(toks) // 2
    if len(toks) % 2 == 0 and toks[:half] == toks[half:]:
        toks = toks[:half]                     # a headline line then the same name: "Obiora Okafor\nObiora Okafor,"
    name = " ".join(toks)
    if len(toks) < 2 or len(toks) > _MAX_NAME_TOKENS or _names_a_country(name) or any(re.sub(r"['\u2019]s$", "", w) in _ORG_WORDS for w in toks) \
            or toks[0] in _OFFICE_TITLE or toks[-1] in _OFFICE_TITLE \
            or any(_ABSTRACT_NOUN.search(t) for t in toks):     # "Prime Minister", "High Commissioner": an office
        return None
    return name


# a name in a list of the fields of ministries or offices: "the Ministries of Justice, Social Development and Labour"
_BODY_LIST = re.compile(r"\b(?:Ministr(?:y|ies)|Departments?)\s+(?:of|for)\s+(?:the\s+)?"
                        r"(?:[A-Z][\w'-]*(?:\s*,\s*|\s+(?:and|of|for|the)\s+|\s+))*$")


def contents_letter(text: str, s: int, name: str) -> bool:
    """A heading's letter and first word in a table of contents ("... 8 C. Field missions"), not an initial and a
    surname: an initial and one word after a page number or a dot leader."""
    return bool(re.fullmatch(r"[A-Z]\. \S+", name) and re.search(r"(?:\d|\.)\s*$", text[max(0, s - 4):s]))


def _before_label(text: str, name: str) -> str | None:
    """A name run into the field label after it ("NAME Document Type:"): its longest shorter form of two or more
    words that the text also writes elsewhere, or none."""
    toks = name.split(" ")
    for k in range(len(toks) - 1, 1, -1):
        short = " ".join(toks[:k])
        if len(re.findall(rf"(?<!\w){re.escape(short)}(?!\w)", text)) > 1:
            return short
    return None


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    a = max(0, pos - 600)
    for m in _SENT_END.finditer(text, max(0, pos - 600), min(len(text), pos + 1)):   # (+1: its look-ahead sees pos)
        if m.end() <= pos:
            a = m.end()
    m = _SENT_END.search(text, pos)
    return a, (m.start() + 1 if m else len(text))


# the words a post's title goes on with before its holder's name: "Special Rapporteur on ..., NAME", "... of the Commission"
_POST_GOES_ON = set("on of for in to at and with from appointed designate nominated mandated "
                    "sobre de del en para y sur des du pour et".split())       # (a Spanish or French version's)


def _post_acts(before: str) -> bool:
    """The last post's words before a name go on with a verb, not the post's title: "The Special Rapporteur wants A, B
    and C released", "the Special Rapporteur will look into how groups (children, women, ...)": the names after the
    comma are what the holder speaks of, not the holder."""
    last = list(re.finditer(_POST, before))[-1]
    w = re.match(r"(?:s(?=\s+(?:on|for)\s))?\s*([a-z][\w'-]*)", before[last.end():])     # (a plural post: "Experts on")
    return bool(w) and w.group(1) not in _POST_GOES_ON


def _next_person(post: str) -> int:
    """Where a post's words end when the sentence goes on to another person: "NAME, Special Rapporteur on the right
    to health, and with NAME2, the Independent Expert on ...": NAME's post is not NAME2's."""
    m = re.search(r",\s+and\s+(?:with\s+|to\s+|by\s+)?(?=[A-Z])", post)
    return m.start() if m else len(post)


_SPACED_HYPHEN = re.compile(rf"[ \t]+-[ \t]+([{_UP}][{_LO}'\u2019]+)(?![\w-])(?![ \t]+[{_UP}])")


def _candidate(text: str, raw: str, start: int, out: dict, blocks=()) -> None:
    name = clean_name(raw)
    if not name:
        return
    if re.match(r"[ \t]*:", text[start + len(raw):]) and raw.rstrip().endswith(name):   # "NAME Field Label: ...": a label
        name = name if titled_before_colon(text, start + len(raw.rstrip()), name) else _before_label(text, name)   # (glued to it)
        if not name:
            return
    s = start + (raw.rfind(name) if raw.count(name) > 1 else raw.find(name.split(" ")[0]))
    e = s + len(name)
    if contents_letter(text, s, name) or _BODY_LIST.search(text[max(0, s - 160):s]):
        return                                            # (a heading's letter; a ministry of a list of ministries)
    if raw.rstrip().endswith(name) and (hy := _SPACED_HYPHEN.match(text, e)) \
            and f"{name.split()[-1]}-{hy.group(1)}" in text:     # (a form the text also writes unspaced)   # "NAME - Sayán": one double surname
        name, e = f"{name}-{hy.group(1)}", hy.end()
    if _TITLE_CHAIN.search(text[max(0, s - 120):s]):
        return                                       # "... Experts on People of African Descent": a body's title
    chair = CHAIR_LABEL.search(text[max(0, s - 400):s])     # "Chair-Rapporteur: NAME" of a Working Group
    if chair and NOT_SP_BODY.search(text[max(0, s - 400):s]):
        chair = None                                          # (of a forum, an intergovernmental group: no holder)
    tie = _BEFORE.search(text[max(0, s - 340):s]) or _HELD_BY.search(text[max(0, s - 200):s]) or _POST_IS.search(text[max(0, s - 120):s]) or _AFTER.match(text[e:e + 160]) or chair
    if not tie and not re.match(r"\s*:", text[e:e + 3]):     # "Document Type: Final Report": a record's field label
        tie = _clause_tie(text, s, e, blocks)
    if tie is not None and tie.re is _BEFORE and (_OFFICE_APPOS.search(text[max(0, s - 120):s]) or _post_acts(tie.group(0))
                                                   or title_list_item(tie.group(0), text[e:e + 200])):
        return
    if not tie or tie is not chair and _OTHER_OFFICE.search(text[max(0, s - 40):s] + name.split(" ")[0] + " ") or _OFFICE_AFTER.match(text[e:e + 80]):
        return
    h = out.setdefault(name, NamedHolder(name, (s, e)))
    if h.post is None:
        rest = re.match(r"[^.;]{0,160}", text[e + tie.end():]).group(0) if tie.re is _AFTER else ""
        if tie.re is _POST_WORDS:
            rest = re.match(r"[^.;,]{0,160}", text[tie.end():]).group(0)
        post = tie.group(0) + rest
        h.post = " ".join(post[:_next_person(post)].split())
    a, b = _sentence_bounds(text, e)
    _, b2 = _sentence_bounds(text, b + 1) if b < len(text) else (a, b)
    tu = TOOK_UP.search(text, e, b)                 # "appointed ... and took up the function on D":
    am = APPOINTED.search(text, e, tu.start() if tu else b)   # D is not the appointment
    if am and not h.appointed:
        h.appointed = parse_date(am.group(1))
    bm = APPOINTED_BEFORE.search(text[max(a, s - 240):s])
    if bm and not h.appointed:                       # "In August 2014 the Council appointed NAME (USA) as ..."
        h.appointed = parse_date(bm.group(1) or bm.group(2))
    if _FORMER.search(text[max(0, s - 80):s]):
        h.former = True
    tm = TOOK_UP.search(text, e, b2)
    if tm and tm.start() > b and h.former and _PRESENT_POST.search(text, b, tm.start()):
        tm = None                                    # "... the former Special Rapporteur, NAME. The present one, who took up ..."
    if tm and tm.start() > b and any(clean_name(n.group(0)) not in (None, name)
                                     for n in NAME_RE.finditer(text, b, tm.start())):
        tm = None                                    # the next sentence speaks of someone else
    if tm and _GREETS.search(text, e, tm.start()):
        tm = None                                    # "NAME welcomed the incoming Special Rapporteur, who took up ...": not NAME's
    if not tm:                                       # "On taking up his functions on D, the new Special Rapporteur, NAME,"
        tm = next((m for m in TOOK_UP.finditer(text, a, s) if not NAME_RE.search(text, m.end(), s)), None)
    if tm:                                           # a full date where another sentence gave its month only
        h.took_up_functions = finer(h.took_up_functions, took_up_date(text, tm))


def find_holders(text: str, blocks: list[int] = ()) -> list[NamedHolder]:
    """Holders named in text (a cleaned stream: lines joined), merged by name, in order.
    ``blocks``: offsets where the original starts a new block (after a blank line); a name
    does not run across one."""
    from .holder_fallbacks import _full_form, _introduced_then_named, _surname_only, heading_in_chinese, in_succession, submitted_by
    out: dict[str, NamedHolder] = {}       # (imported here: that module builds on this one's names)
    blocks, text = sorted(blocks), caps_surnames_softened(text)   # "Amara KESSEL (Country)": "Amara Kessel"
    for m in with_line_restarts(NAME_RE.finditer(text), text, NAME_RE, clean_name):   # (page chrome lines before a name)
        m = _past_the_titles(text, m)
        ms, me = m.start(), m.end()
        cuts = [ms] + blocks[bisect.bisect_right(blocks, ms):bisect.bisect_left(blocks, me)] + [me]   # (sorted: no scan)
        for start, end in zip(cuts, cuts[1:]):   # "Mozambique\n\nBernards A.N. Mudho": one block each
            _candidate(text, text[start:end], start, out, blocks)
        if len(cuts) > 2:                        # the last block's name cut at the token limit: read it again
            again = NAME_RE.match(text, cuts[-2])
            if again and again.end() > m.end() and not any(again.start() < b < again.end() for b in blocks):
                _candidate(text, again.group(0), again.start(), out, blocks)
    for m in _GLUED.finditer(text):   # a title glued by a web page: "by Ms.VirginaDandan, Independent Expert"
        _glued_candidate(text, m, out)
    for m in _STRAY_DOT.finditer(text):   # a stray dot after the given name: "Ms. Virginia. B. Dandan"
        _stray_dot_candidate(text, m, out)
    for name, s, e, post in heading_names(text, blocks, clean_name) + [x for f in (speaker_for_experts, delegation_members, committee_chairs,
                                                                        member_speakers, older_title_before) for x in f(text, NAME_RE, clean_name)]:
        if not any(_letters(n) == _letters(name) for n in out):     # "Miranda Galarza" of "Miranda-Galarza"
            out[name] = NamedHolder(name, (s, e), post=post)          # a heading's name, a speaker for the experts
    holders = [h for h in same_person_spellings(_merge_short_forms(list(out.values()))) if not no_un_holder(text, h)]   # (no UN post, a place)
    for h in holders:                 # a later sentence by surname: "the Council appointed Dyfan in 2020"
        if h.appointed or len(h.name.split()) < 2:
            continue
        sur = re.escape(h.name.split()[-1])
        am = re.search(rf"\bappointed\s+{OPT_HONORIFIC}(?:[A-Z][\w\u00e0-\u00ff'-]*\s+){{0,3}}{sur}\b"
                       rf"[^.;]{{0,160}}?{IN_ON}({DATE_RE})"
                       rf"|\b{sur},?\s+(?:was|has been)\s+(?:appointed|named)\b(?:(?!{OTHER_ACT})[^.;]){{0,200}}?\b(?:in|on)\s+({DATE_RE})",
                       text[h.span[1]:])
        if am:
            h.appointed = parse_date(am.group(1) or am.group(2))
            continue
        wm = re.search(rf"\b{sur},?\s+(?:was|has\s+been)\s+(?:appointed|named|designated)\b", text)
        dm = DECIDED_TO_APPOINT.search(text, _previous_sentence(text, wm.start()), wm.start()) if wm else None
        if dm:                        # "... the Commission decided in 2000 to appoint a special rapporteur. NAME was appointed"
            h.appointed = parse_date(dm.group(1) or dm.group(2))

    if not holders:
        holders = _introduced_then_named(text, blocks)
    if not holders:                   # named only by title and surname: "On her official visit to Brazil, Ms. Dandan gathered"
        holders = _surname_only(text)
    if not holders:                   # a surname alone, no title: "Bhoola will go to ...", "..., Bhoola said"
        holders = [NamedHolder(_full_form(text, w) or w, (s, e)) for w, s, e in bare_surnames(text, _STOP | _ORG_WORDS | _OFFICE_TITLE, COUNTRY_RE)]
    if not holders:                   # a statement's header: the post's title, then "Ms. NAME" alone
        holders = [NamedHolder(n, (s, e), post=p) for n, s, e, p in byline_names(text, blocks, clean_name)]
    if not holders:                   # a web page's by-line: "Submitted by NAME on 07/19/2031"
        holders = submitted_by(text) or heading_in_chinese(text)   # (or a Chinese copy's heading)
    holders += in_succession(text, holders)   # "..., succeeding Ms. NAME": an earlier holder; "succeeded by NAME": a later one
    present = [h for h in holders if not h.former]
    if len(present) == 1 and len(holders) > 1 and not present[0].took_up_functions:   # "The present Special Rapporteur, who took up
        for tm in TOOK_UP.finditer(text):                                              # his post on ...": not the former one's
            if _PRESENT_POST.search(text[max(0, tm.start() - 60):tm.start()]):
                present[0].took_up_functions = took_up_date(text, tm)
                break
    if len(present) == 1 and not present[0].appointed:           # "The Council appointed the present Special Rapporteur in
        am = POST_APPOINTED.search(text)                           # March 2015" (the holder named elsewhere)
        if am and not any(h.name.split()[-1] in text[am.start():am.start(1)] for h in holders if h is not present[0]) \
                and not TOOK_UP.search(text, am.start(), am.end()):          # ("... and assumed the mandate on D": not D)
            present[0].appointed = parse_date(am.group(1))
    _bio_took_up(text, holders)
    if len(holders) == 1 and not holders[0].took_up_functions:   # "The Independent Expert, who took up her functions on ..."
        tm = TOOK_UP.search(text)
        before = text[_sentence_bounds(text, tm.start())[0]:tm.start()] if tm else ""
        if tm and not any(clean_name(n.group(0)) for n in NAME_RE.finditer(before)):     # ("The Special Rapporteur": no name)
            holders[0].took_up_functions = took_up_date(text, tm)
    return holders


_GREETS = re.compile(r"\b(?:welcom(?:es|ed|ing)|met|meets|thank(?:s|ed)|congratulat(?:es|ed))\b")
# words between a name and a took-up clause that make the clause another person's: "NAME welcomed the new Special
# Rapporteur, who took up ..."
_ANOTHER_PERSON = re.compile(r"\b(?:new|incoming|successor|predecessor|present|current|former|outgoing)\b")


def _bio_took_up(text: str, holders: list[NamedHolder]) -> None:
    """A release's bio line: "Mr. NAME (State) is a doctor ...; he took up his functions as Special Rapporteur on D": a
    took-up clause in a sentence that opens with one holder's name and names no one else is that holder's."""
    for tm in TOOK_UP.finditer(text):
        a = _sentence_bounds(text, tm.start())[0]
        names = {c for n in NAME_RE.finditer(text, a, tm.start()) if (c := clean_name(n.group(0)))}
        h = next((h for h in holders if names == {h.name}), None)
        if not h or h.took_up_functions:
            continue
        at = text.find(h.name, a, tm.start())
        if re.fullmatch(rf"\s*{OPT_TITLE}", text[a:at]) and not _ANOTHER_PERSON.search(text, at, tm.start()) \
                and not _GREETS.search(text, at, tm.start()):
            h.took_up_functions = took_up_date(text, tm)


def _letters(name: str) -> str:
    return re.sub(r"[\W_]", "", name).lower()


def _past_the_titles(text: str, m: re.Match) -> re.Match:
    """A run of capitalised words cut at the reader's token limit while still in a post's words ("United Nations
    Special Rapporteur Chaloka | Beyani"): read again from the first word that can be part of a name."""
    k = 0
    for w in re.finditer(r"\S+", m.group(0)):
        if w.group(0) not in _STOP and w.group(0).rstrip(".") not in _STOP:
            k = w.start()
            break
    again = NAME_RE.match(text, m.start() + k) if k else None
    return again if again and again.end() > m.end() else m


_LOWUP = rf"[{_UP}][{_LO}'-]+"
_GLUED = re.compile(rf"(?<![\w.])(?:(?:Mr|Ms|Mrs|Dr|Prof)\.(?={_LOWUP})|(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+(?={_LOWUP}{_LOWUP}))"
                    rf"((?:{_LOWUP}){{1,4}}(?:[ \t]+(?:{_LOWUP}){{1,3}}){{0,3}})")


def _glued_candidate(text: str, m: re.Match, out: dict) -> None:
    """A name glued to its honorific or to itself ("Ms.VirginaDandan"): split at each capital, then tied to the
    post as any other name."""
    name = clean_name(re.sub(rf"(?<=[{_LO}])(?=[{_UP}])", " ", m.group(1)))
    s, e = m.start(1), m.end(1)
    if not name or name in out or name.replace(" ", "") != m.group(1).replace(" ", "").replace("\t", ""):
        return
    tie = _BEFORE.search(text[max(0, s - 340):s]) or _AFTER.match(text[e:e + 160])
    if tie and not _OTHER_OFFICE.search(text[max(0, m.start() - 40):m.start()]):
        rest = re.match(r"[^.;]{0,160}", text[e + tie.end():]).group(0) if tie.re is _AFTER else ""
        out[name] = NamedHolder(name, (s, e), post=" ".join((tie.group(0) + rest).split()))


_STRAY_DOT = re.compile(rf"(?<![\w.])([{_UP}][{_LO}]{{2,}})\.[ \t]+([A-Z]\.)[ \t]+([{_UP}][{_LO}'-]+)(?![\w])")


def _stray_dot_candidate(text: str, m: re.Match, out: dict) -> None:
    """"Virginia. B. Dandan": a given name, a stray dot, an initial and a surname, tied to the post as any name."""
    name = f"{m.group(1)} {m.group(2)} {m.group(3)}"
    if name in out or m.group(1) in _STOP or not clean_name(name):
        return
    s, e = m.start(1), m.end(3)
    tie = _BEFORE.search(text[max(0, s - 340):s]) or _AFTER.match(text[e:e + 160])
    if tie and not _OTHER_OFFICE.search(text[max(0, s - 40):s]):
        rest = re.match(r"[^.;]{0,160}", text[e + tie.end():]).group(0) if tie.re is _AFTER else ""
        out[name] = NamedHolder(name, (s, e), post=" ".join((tie.group(0) + rest).split()))


def _merge_short_forms(holders: list[NamedHolder]) -> list[NamedHolder]:
    """A shorter form of a name the text also gives in full ("Bernards Mudho" of "Bernards Andrew Nyamwaya Mudho":
    fewer middle words; "Ana Ruiz" of "Ana Ruiz Vidal": a second surname dropped) is that holder, not another one."""
    out: list[NamedHolder] = []
    for h in holders:
        w = h.name.split()
        full = next((o for o in holders if o is not h and len(o.name.split()) > len(w)
                     and o.name.split()[0] == w[0] and (o.name.split()[-1] == w[-1] or len(w) > 1 and o.name.split()[:len(w)] == w)), None)
        if full is None:
            out.append(h)
            continue
        full.appointed = full.appointed or h.appointed
        full.took_up_functions = full.took_up_functions or h.took_up_functions
    return out

