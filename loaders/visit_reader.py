"""Country visits read sentence by sentence, not phrase by phrase.

A unit (a sentence, or a heading line) is a visit candidate when it has a visit word (visit,
mission, trip, travel, went to, will be in, arrive ...) and a country of the UN list or a press
variant of it (``countries``). The country is the object of the visit word ("visit to X",
"visited X", "will be in X", "X, which the expert visited"), else the only country the unit
names, else, for "the country" / "the heavily indebted country", the country of the document's
title. Countries named as a nationality ("NAME (Greece)"), in a post's title ("Independent Expert
on the situation of human rights in Mali") or as another State's office ("Permanent
Representative of X") are not visited. A short name the text has written in full before
("Congo" after "Democratic Republic of Congo", "DRC") is the full name. A visit sentence that names no country
takes a place the text locates ("a visit to Havana" after "Havana, Cuba"), the period of the visit read just
before it, or, for the expert's own mission ("his ten-day fact-finding mission"), the text's one country. A
visit word's colon list ("country visits to seven countries: A, B and C, which ...; D ...; and E") names visits up to
the end of its sentence, across the semicolons of its groups.

Dates: the period nearest the country in the unit ("from 5 to 13 November 2018", "(28 April to 8
May)" with the year of the dateline, or of a "visits in 2018" before it), else "in June 2012" / "in 2022"
right after it, or "(March 2030)", in its clause (start only); in a list, each country's own period. A visit that
begins "today" starts on the dateline's day (a wire's "OSLO, March 3, 2031", a statement's "Santiago, 7 June 2031"
line too) up to the day its sentence gives ("until Thursday 29 June"), announced; one that ends today began on the day
its sentence gives, completed. Status: ``accepted`` for a request accepted, with no dates; else by the dateline (a period
ended before it is completed, one starting after it is announced); else by the words of the
clause (will, to visit, plans, is due to ... -> announced; otherwise completed).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .visit_places import REGION_WORD as _REGION_WORD, city_locator, long_names as _long_names, paired, part_of_other_state, places as _places
from .countries import ANY_COUNTRY_RE, POSSESSIVE_RE as _POSSESSIVE, canonical
from .un_dates import DATE_RE, MONTH_RE, find_ranges, parse_date
from .visit_dates import clause_around, end_in_next_sentence, ordinal_periods, respective_periods, visit_period, with_title_period, yearless_then_dated
from .visit_lists import group_dates, shared_period
from .visit_cues import ASKED_TO_VISIT as _ASKED_TO_VISIT, AT_ITS_END as _AT_ITS_END, COUNTRIES_VISITED as _COUNTRIES_VISITED
from .visit_cues import SENT_TO as _SENT_TO, and_to, not_a_visit_cue as _not_a_visit_cue, predecessor_years, visit_years, other_report, invited_status
from .visit_cues import (ABLE_PAST as _ABLE_PAST, BARRED as _BARRED, CALLED_OFF as _CALLED_OFF, MADE_VISIT as _MADE_VISIT,
                         MOVED_TO as _MOVED_TO, OWN_MISSION_BEFORE as _OWN_MISSION_BEFORE, UNDER_WAY as _UNDER_WAY)
from .visit_cues import (HABITUAL as _HABITUAL, LEAVE_TO_VISIT as _LEAVE_TO_VISIT, REQUEST as _REQUEST,
                         TASK_VISITS as _TASK_VISITS)
from .visit_today import SENT_END as _SENT_END, ended_today, just_ended, today_period as _today_period
from .visit_dateline import dateline
from .visit_french import french_visits
from .visit_russian import russian_visits
from .visit_spanish import spanish_visits
from .visit_years_told import years_told

__all__ = ["read_visits", "dateline", "ReadVisit"]

_VISIT = re.compile(r"\b(?:visit(?:s|ed|ing)?|missions?|trips?|travel(?:s|led|ling)?\s+to|went\s+to|going\s+to|"
                    r"will\s+be\s+in|arriv(?:e|es|ed|ing)\s+in|tour(?:s|ed)?)\b"
                    r"|\bwill\s+go\s+to(?=\s+(?-i:" + ANY_COUNTRY_RE.pattern + "))"     # "will go to X and Y" (not "to CITY")
                    r"|\b(?:was|were|had\s+been)\s+in(?=\s+(?:the\s+)?[A-Z])"      # "..., was in the Democratic Republic of the Congo"
                    r"|\b(?:has|have|had)\s+(?:already\s+|also\s+)?been\s+to(?=\s+(?:the\s+)?[A-Z])", re.I)   # "has been to X twice"
_OBJECT_BEFORE = re.compile(r"(?:\b(?:visit(?:s|ed|ing)?|missions?|trips?|travel(?:s|led|ling)?|went|going|(?<=will\s)go|arriv(?:e|es|ed|ing)|"
                            r"tour(?:s|ed)?|be|was|were|been)[*\u2020\u2021]{0,3}[,:]?\s+(?:\w+\s+){0,3}?(?:to|in)\s+(?:the\s+)?"
                            r"(?:[A-Z][\w\u00e0-\u00ff'-]+(?:\s+[A-Z][\w\u00e0-\u00ff'-]+)?,\s+)?|"     # "went to CITY, X"
                            r"\b(?:visit(?:s|ed|ing)?|tour(?:s|ed)?)\s+(?:the\s+)?|"
                            r"\bvisit(?:s|ed|ing)?\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|the\s+following)"
                            r"\s+countries\s*[,:]\s*(?:namely\s+)?(?:the\s+)?|"     # "visited two countries, X and Y"
                            r"\bcountries\s+(?:that\s+|which\s+)?(?:[\w-]+\s+){1,3}?(?:has\s+|had\s+|have\s+)?visited"
                            r"(?:\s+in\s+(?:19|20)\d\d)?\s*[,:]\s*(?:namely\s+)?(?:the\s+)?|"  # "the countries it visited in 2030, X and Y"
                            # "the visits of the Special Rapporteur to X", "the mission by the Working Group to X"
                            r"\b(?:visits?|missions?)\s+(?:(?:made|undertaken|conducted|carried\s+out)\s+)?(?:of|by)\s+(?:the\s+|her\s+|his\s+)?"
                            r"(?:[\w-]+\s+){1,4}?(?:to|in)\s+(?:the\s+)?)$",
                            re.I)
# (here and in _OBJECT_BEFORE a footnote mark may be glued to the visit word: "a joint official visit* to the country")
_THE_COUNTRY = re.compile(r"\b(?:visit(?:s|ed|ing)?|missions?|trips?|travel(?:led)?|went|be)[*\u2020\u2021]{0,3}\s+(?:\w+\s+){0,2}?"
                          r"(?:to|in)?\s*the\s+(?:[\w-]+\s+){0,2}?country\b|\bvisit(?:s|ed|ing)?\s+the\s+country\b", re.I)
_NOT_VISITED_BEFORE = re.compile(
    r"(?:\(\s*(?:of\s+|from\s+)?|"                                   # "NAME (Greece)": a nationality
    r"\b(?:Independent Expert|Special Rapporteur|Working Group|[Ee]xpert|Rapporteur|Commission)\s+on\s+"
    r"(?:(?!(?:was|were|is|are|will|has|had|been)\b)[a-z][\w'-]*,?\s+){0,12}?(?:in|of)\s+(?:the\s+)?|"   # a post's title
                                                                     # (its words are lower case, and no verb: "... on debt was in X")
    r"\b(?:Representative|Ambassador|Minister|Mission|[Dd]elegation|[Dd]elegate|President|Prime Minister|"
    r"Embassy|Consulate|Permanent Mission)\s+of\s+(?:the\s+)?)$")
_FUTURE = re.compile(r"\b(?:launch(?:es)?|begins|starts|opens|kicks\s+off|embarks\s+on|"
                     # a departure in the present tense: "sets off on Sunday for a visit to X", "leaves today for a mission"
                     r"(?:sets?\s+(?:off|out)|leaves|departs|heads)(?:\s+(?:on\s+)?(?:\w+day|today|tomorrow|this\s+week))?\s+(?:for|on))"
                     r"\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?"
                     r"(?:[\w-]+\s+){0,3}?(?:visit|mission)\b"                  # a visit that starts now: not over
                     # ... or with the day it happens: "travels to X on Monday", "heads to X tomorrow"
                     r"|\b(?:travels|heads|departs|leaves|sets\s+(?:off|out))\b[^.;]{0,60}?\b(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                     r"|today|tomorrow|this\s+(?:week|weekend)|next\s+(?:week|month))\b"
                     r"|\b(?:will|shall|is\s+(?:to|due\s+to|scheduled\s+to|expected\s+to|set\s+to)|are\s+to|"
                     r"plans?\s+to|intends?\s+to|upcoming|forthcoming|next\s+(?:week|month|year)|(?:is|are)\s+(?:planned|scheduled|"
                     r"foreseen|envisaged))\b"
                     r"|^[^.]{0,120}\bto\s+visit\b"
                     r"|\bcall\s+for\s+(?:submissions|inputs?|contributions)\b"     # a call for input before a visit
                     # a text written before the visit: "input ahead of the expert's official visit to X"
                     r"|\b(?:ahead\s+of|in\s+advance\s+of|in\s+preparation\s+for)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
                     r"(?:[\w'\u2019-]+\s+){0,4}?(?:visit|mission)\b"
                     r"(?![^.;]*\b(?:sent|asked|received|met|held|was|were|had|took\s+place)\b)"   # "Ahead of it, she sent ...": past
                     r"|\bprepar(?:e|es|ing)\s+(?:for\s+)?(?:his|her|their|its|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:visit|mission)\b"
                     r"|\b(?:coming|impending|next)\s+(?:[\w-]+\s+){0,2}?(?:visit|mission)\b|\bto\s+take\s+place\b(?![^.;]*\b(?:took\s+place|was\s+held|visited|carried\s+out)\b)"
                     r"|\b(?:scheduled|planned|foreseen|envisaged)\s+for\b(?![^.;]*\b(?:took\s+place|was\s+held|visited|carried\s+out)\b)",
                     re.I)
_ACCEPTED = re.compile(r"\b(?:accept(?:ed|ing)|agreed\s+to|replied\s+positively\s+to)\s+(?:\w+\s+){0,4}?"
                       r"(?:request|invitation|visit)", re.I)
_ACCEPTED_WHEN = re.compile(_ACCEPTED.pattern + r"\s+(?:to\s+visit|for\s+(?:an?\s+)?(?:[\w-]+\s+)?visit)\s+(?:[\w-]+\s+){0,3}?(?:in|on|from|during)\s+(?:\d|[A-Z])"
                            r"(?![^.;]*\b(?:took\s+place|was\s+held|visited|carried\s+out|conducted)\b)", re.I)
# an invitation a Government made, or its positive answer to a visit: "The Governments of A and B have also invited him to
# ...", "has had positive signs from A about a coming visit": the countries of group 1, accepted, dateless
_INVITED = re.compile(r"\bGovernments?\s+of\s+([^.;]{2,80}?)\s+(?:(?:have|has)\s+(?:also\s+)?)?(?:invited|extended\s+(?:an\s+)?invitations?|"
                      r"accepted\s+(?:[\w'\u2019]+\s+){0,3}?requests?)\b"
                      r"|\bpositive\s+(?:signs?|signals?|indications?|responses?|replies|reply|answers?)\s+from\s+([^.;]{2,80}?)\s+"
                      r"(?:about|on|regarding|concerning|for|to)\s+"
                      r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:visit|mission)\b"
                      # "thanks the Government of A for agreeing to receive him in September 2025"
                      r"|\bGovernments?\s+of\s+([^.;]{2,80}?)\s+(?:for\s+(?:agreeing|having\s+agreed)|(?:has|have)\s+(?:also\s+)?agreed)\s+"
                      r"to\s+(?:receive|host|welcome|(?:an?\s+|the\s+)?(?:[\w-]+\s+)?visit)\b"
                      # "she has received invitations from A and B", "an invitation to visit from the Government of A"
                      r"|\b(?:received|welcomes|welcomed)\s+(?:an?\s+|the\s+)?(?:(?!standing)\w+\s+)?invitations?\s+(?:to\s+visit\s+)?"
                      r"from\s+(?:the\s+Governments?\s+of\s+)?([^.;:]{2,80}?)(?=\s*(?:[.;:]|,\s+(?:and\s+)?(?:which|who|she|he|they)\b|"
                      r"\s+(?:and|but)\s+(?:she|he|they|will|hopes?)\b|$))"
                      # "thanks the Governments of A and B for their invitations"
                      r"|\bGovernments?\s+of\s+([^.;:]{2,80}?)\s+for\s+(?:their|its|the)\s+(?:kind\s+|recent\s+)?invitations?\b"
                      # "has also been invited by the Governments of A and B and hopes to visit them in 2032"
                      r"|\b(?:has|have|had)\s+(?:also\s+)?been\s+invited\s+(?:to\s+visit\s+)?by\s+(?:the\s+)?Governments?\s+of\s+"
                      r"([^.;:]{2,80}?)(?=\s*(?:[.;:]|,|\s+(?:and|but)\s+(?:she|he|they|will|hopes?|plans?|intends?)\b|\s+to\s+visit\b|$))", re.I)
_INVITED_WHEN = re.compile(rf"[^.;]{{0,60}}?\b(?:in|on|during|for)\s+({DATE_RE})")
_LEGAL_SHALL = re.compile(r"\bshall\s+be\s+(?:understood|construed|read)\b", re.I)    # a footnote's formula, no visit to come
_QUOTED = re.compile(r"\"[^\"]{20,}?\"|\u201c[^\u201d]{20,}?\u201d")     # a quotation in the visit's clause
_SENT = re.compile(r"(?<![A-Z])(?<!\b(?:No|Mr|Ms|Dr|St))(?<!\bMrs)[.!?][\"'\u201d]?\s+(?=\(?[A-Z\"\u201c])|;\s+")
# the visit is past, whatever the rest of its clause says: "(his reports on) the visits he made to X and Y in 2018"
_DONE_BEFORE = re.compile(r"(?:\b(?:visit|mission)s?\s+(?:that\s+|which\s+)?(?:(?:he|she|they|it)\s+|the\s+(?:[\w-]+\s+){1,3}?)"
                          r"(?:had\s+|has\s+)?(?:made|paid|undertook|undertaken|conducted|carried\s+out)"
                          r"(?:\s+in\s+(?:19|20)\d\d)?|"                                  # "... made in 2031 to X"
                          r"\breports?\s+on\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+)?(?:visits?|missions?))"
                          r"\s+(?:to|in)\s+(?:the\s+)?$", re.I)
_PAST = re.compile(r"\b(?:visited|went|travelled|toured|ended|ends|concluded|concluding|completed|wrapped|wrapping|"
                   r"at\s+the\s+end\s+of|carried\s+out|undertook|made|paid|was|were|had)\b", re.I)
_NOT_A_VISIT = re.compile(r"missions?\s+(?:on|of|for)\b", re.I)           # "a fact-finding mission on Venezuela": a body
_BODY_MISSION = re.compile(r"\b(?:set\s+up|establish(?:ed|es)?|create[ds]?|Permanent|Observer)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$")
_TO_PERIOD = re.compile(rf"\bto\s+{ANY_COUNTRY_RE.pattern}(?:\s*(?:,|and)\s*{ANY_COUNTRY_RE.pattern})*\s*,?\s*(?:from\s+)?\d{{1,2}}\b|"
                        # an expert's stay told by being there: "is in X from 6 to 13 September", "will be in X from 2 May"
                        rf"\b(?:is|are|will\s+be)\s+in\s+{ANY_COUNTRY_RE.pattern}\s*,?\s*from\s+\d{{1,2}}\b")
@dataclass
class ReadVisit:
    country: str
    start: str | None
    end: str | None
    status: str
    span: tuple[int, int]
    report: str | None = None          # the symbol of the visit's own report, when the text gives it in brackets
    earlier: bool = False              # an earlier holder's visit: kept beside the current holder's, dated or not


# a block that ends on a word no sentence ends with goes on in the next (a double-spaced copy: "made a visit to\n\nMalta")
_OPEN_END = re.compile(r"(?<![\w-])(?:to|of|the|and|in|an?|for|on|by|with|from|at)\s*$")


def _units(text: str, blocks: list[int]) -> list[tuple[int, int]]:
    blocks = [b for b in blocks if 0 < b < len(text) and not _OPEN_END.search(text, max(0, b - 12), b)]
    cuts = sorted({0, len(text)} | {m.end() for m in _SENT.finditer(text)} | set(blocks))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]


def _countries(text: str, a: int, b: int, long_names: dict[str, str]):
    """(name, start, end, visitable) of the countries in text[a:b]."""
    for m in ANY_COUNTRY_RE.finditer(text, a, b):
        name = canonical(m.group(1))
        name = long_names.get(name, name)
        before = text[max(0, m.start() - 140):m.start()]
        if _REGION_WORD.search(before) or part_of_other_state(text, name, m.start(1), m.end(1)):
            continue                              # a region or a town named after a State: "Central Macedonia", "Nueva Armenia"
        yield name, m.start(1), m.end(1), not _NOT_VISITED_BEFORE.search(before)


def _merged(found: list[ReadVisit]) -> list[ReadVisit]:
    """One visit per country and period; a dateless mention adds nothing to a country already read, except that an
    accepted request stands for an announced dateless visit ("her first mission will be to Brazil ... accepting")."""
    out: list[ReadVisit] = []
    for v in sorted(found, key=lambda v: (v.start is None, v.end is None, v.status != "accepted")):   # a dated end first
        same = [w for w in out if w.country == v.country]
        if v.start is None and same and not (v.report and all(w.report != v.report for w in same)) and \
                not (v.earlier and not any(w.earlier for w in same)):
            continue
        if any((w.start, w.end) == (v.start, v.end) for w in same):
            continue
        out.append(v)
    return sorted(out, key=lambda v: v.span)


def _title_country(text: str, units, long_names) -> str | None:
    for i, (a, b) in enumerate(units):           # a country in the first three units, or the post's country in the front
        if i >= 3 and a > 2000:                   # (a cover's session, dates and agenda lines come before the summary)
            break
        for name, s, e, ok in (_countries(text, a, min(b, a + 300), long_names) if i < 3 else ()):
            if ok:
                return name
        heading = i == 0 or (b - a < 200 and not _SENT.search(text, a, b))   # the first unit, or a title line after site chrome
        pm = _POSSESSIVE.search(text, a, min(b, a + 300)) if heading else None
        if pm:                                    # a title's "Kenya's statement at the Council": the text's country
            name = canonical(pm.group(1))
            return long_names.get(name, name)
        post = re.search(r"\b(?:Independent Expert|Special Rapporteur)\s+on\s+the\s+(?:situation\s+of\s+human\s+rights|"
                         r"human\s+rights\s+situation)\s+in\s+(?:the\s+)?", text[a:b], re.I)
        if post:
            m = ANY_COUNTRY_RE.match(text, a + post.end())
            if m:
                return long_names.get(canonical(m.group(1)), canonical(m.group(1)))
    return None


# what may stand between two countries of one list of visits: ", and", or each one's period first: "Tunisia from 25 to
# 31 May 2029 and Ghana ...", "Tunisia (25-31 May 2029) and Ghana (...)"
_LISTED_WITH = re.compile(r"\s*(?:,\s*)?and\s*,\s*(?:(?:early|late|mid-?)\s*)?(?:in\s+|during\s+)?[\w ]{0,12}?(?:19|20)\d\d\s*,\s*"
                          r"(?:to\s+)?(?:the\s+)?"                              # "A and, early in 2012, the B"
                          r"|\s*(?:\(\s*[^()]{0,40}?\)\s*|,?\s*(?:from\s+|between\s+|in\s+)?[\w\s\u2013-]{0,40}?(?:19|20)\d\d\s*"
                          r"|\d{1,3}(?!\d)\s*){0,2}"                        # a footnote marker glued: "Chile7 and Colombia"; a year then a
                                                                            # bracket: "Chile in 2029 (see ...) and Peru"
                          r"(?:,\d{1,3}\s*(?:and\s+)?|,\s*(?:and\s+)?|and\s+)(?:(?:one|another|the\s+other|a\s+(?:second|third))\s+)?"
                          r"(?:to\s+)?(?:the\s+)?(?:[A-Z][\w\u00e0-\u00ff'-]+(?:\s+[A-Z][\w\u00e0-\u00ff'-]+)?,\s+)?")   # "one to A and one to B"; "CITY, A, and CITY, B"   # "Brazil,4 Nepal,5 and"      # "to Kenya in 2030 and to Nepal in 2031"
# a list of places visited whose other items are no country, up to its last country: "has visited the Russian
# Federation,6 the Sápmi region, the traditional territory of the Sami people in the Nordic countries,7 and New Zealand"
_ITEM = r"(?:(?!\b(?:which|who|whom|where|while|when|to|has|have|had|is|are|was|were|will|but)\b)[^,;.()])"
_PLACES_THEN = re.compile(rf"(?:\s*\([^()]{{0,40}}\))?(?:,\d{{0,3}}\s+{_ITEM}{{1,80}}?){{1,3}},\d{{0,3}}\s+and\s+(?:the\s+)?")
# "after ending a five-day visit", "as he closed his ten-day fact-finding mission": the visit is over
_ENDED = re.compile(r"\b(?:end(?:ed|ing)|conclud(?:ed|ing)|complet(?:ed|ing)|clos(?:ed|ing)|wrapp(?:ed|ing)\s+up)\s+"
                    r"(?:a|an|his|her|their|its|the|my|this)\s+(?:[\w-]+\s+){0,3}?(?:visit|mission)\b", re.I)
# a visit of the text's own: "his ten-day fact-finding mission", "my visit" (not "missions", not a body: "the Mission's")
_OWN_VISIT = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Tt]his|[Tt]he)|\b(?:end|close|conclusion)\s+of\s+an?(?=\s+[\w-]+-(?:day|week|month)\b))"
                        r"\s+(?:[\w-]+\s+){0,3}?(?:visit|mission)\b(?![s'\u2019])")      # ("at the end of a two-week visit")
# a period written before the visit: the unit's opening "In 2011 the Special Rapporteur will visit A", a listed country's own
# "and, early in 2012, B"
_WHEN = rf"(?:(?:early|late|mid-?)\s*(?:in\s+)?|in\s+(?:early|late|mid-?)\s*)?(?:in\s+|during\s+)?({MONTH_RE}\s+\d{{4}}|(?:19|20)\d\d)(?![\d/-])"
_OPENING_WHEN = re.compile(rf"\s*(?:\d{{1,3}}\.\s+)?(?:[Ii]n|[Dd]uring|[Ee]arly in|[Ll]ate in|[Ll]ater in|(?:[Bb]efore|[Bb]y)\s+the\s+end\s+of)\s+({MONTH_RE}\s+\d{{4}}|(?:19|20)\d\d)(?![\d/-]),?\s")
_DAYS_NO_YEAR = re.compile(rf"\s*\(\s*(\d{{1,2}})(?:\s+({MONTH_RE}))?\s*(?:-|\u2013|to)\s*(\d{{1,2}})\s+({MONTH_RE})\s*\)")
_OWN_WHEN = re.compile(rf"\s*(?:,\s*)?and\s*,?\s*{_WHEN}\s*,\s*(?:to\s+)?(?:the\s+)?$")


def _sentence_lead(text: str, a: int) -> str:
    """The start of the sentence a unit opens inside of: a copy's doubled line breaks can split "has requested
    invitations from the Governments \n\n to visit: X, Y" into two units, and the request is in the first."""
    head = text[max(0, a - 300):a]
    cut = max((m.end() for m in re.finditer(r"[.!?:;]\s", head)), default=0)
    return head[cut:]


def _status(text: str, a: int, b: int, start: str | None, end: str | None, issued: str | None, pos: int) -> str | None:
    ca, cb = clause_around(text, a, b, pos)
    clause = text[ca:cb]
    if not start and _ACCEPTED.search(text, a, b) or start and _ACCEPTED_WHEN.search(clause):
        return "accepted"                   # (dated: "for accepting her request to visit in February 2020")
    asked = _sentence_lead(text, a) + clause if ca == a else clause
    if not start and (_REQUEST.search(asked) or _TASK_VISITS.search(asked)) or _LEAVE_TO_VISIT.search(asked):
        return None                         # a request to visit, an offer, a leave to visit: not a visit
    if _ASKED_TO_VISIT.search(clause):
        return None                         # "first asked to visit X in January 2031": a request, dated, not a visit
    if not start and _HABITUAL.search(clause):
        return None                         # "goes on visits or missions to the country regularly": the mandate's way of work
    if _BARRED.search(clause):
        return None                         # "has not been allowed to visit the country", "was unable to visit X"
    if _CALLED_OFF.search(text, a, b) and not _MOVED_TO.search(text, a, b):
        return None                         # put off: no visit of any status (announced, completed, accepted)
    if _MOVED_TO.search(text, a, b):
        return "announced"                  # put off to a later time: planned for then
    em = re.search(r"\b(?:earlier|previous|last|past|recent|former)\s+(?:[\w-]+\s+)?(?:visit|mission)", clause, re.I)
    if em and (ca + em.start() < pos or not _FUTURE.search(clause)) or _ENDED.search(clause):
        return "completed"                  # (not "will visit X ... after her earlier mission of 2010": another visit)
    if (end or start) and issued and (end or start)[:4] < issued[:4]:
        return "completed"                  # over in a year before the text's, whatever the clause's tense
    if _AT_ITS_END.search(clause) and not (start and issued and start > issued[:len(start)]):           # "as her mission ... comes to an end": over when the text is read
        return "completed"
    if _ABLE_PAST.search(clause):            # "was able to visit the country from ...": done, not planned
        return "completed"
    if _FUTURE.search(_QUOTED.sub(" ", _LEGAL_SHALL.sub(" ", clause))) or _UNDER_WAY.search(clause) and not issued:   # (not a quote's "will")
        return "announced"
    if end and issued and len(issued) == 10 and end > issued[:len(end)] and not _MADE_VISIT.search(clause):
        return "announced"                  # its last day after the text's own day: not over when written ("is in X from 6 to 13 May")
    if _PAST.search(clause):
        return "completed"
    if start and issued and len(issued) == 10 and start > issued[:len(start)]:
        return "announced"
    return "completed"


def _countryless(text: str, a: int, b: int, cue, places, topic, out, issued, sole=None) -> ReadVisit | None:
    """A visit sentence that names no country: one to a place the text locates ("a five-day visit to Havana"); the
    period of the visit read just before ("He arrives in X today. The visit is scheduled from 18 to 26 July 2019.");
    the expert's own mission in a text about one country ("as he closed his ten-day fact-finding mission")."""
    year = issued[:4] if issued else None
    pm = re.search(r"\b(?:visit(?:s|ed|ing)?|missions?|trips?|travel(?:s|led|ling)?|went|arriv(?:e|es|ed|ing))\s+"
                   r"(?:\w+\s+){0,3}?(?:to|in)\s+([A-Z][a-z\u00e0-\u00ff]+(?: [A-Z][a-z\u00e0-\u00ff]+)?)", text[a:b])
    if pm and pm.group(1) in places and places[pm.group(1)] in (topic or places[pm.group(1)],):   # (a city of another
        s, e = a + pm.start(1), a + pm.end(1)                   # State than the text's visit: a stop on the way there)
        name = places[pm.group(1)]
    elif out and out[-1].start is None and _OWN_VISIT.search(text, a, b) and \
            any(not re.search(r"\bsession\s*\(?\s*$", text[max(a, r.span[0] - 30):r.span[0]]) for r in find_ranges(text, a, b)):
        s, e, name = cue.start(), cue.end(), out[-1].country
    elif topic and _OWN_VISIT.search(text, a, b) and all(v.country == topic for v in out):   # "His second visit ..."
        s, e, name = cue.start(), cue.end(), topic
    elif sole and _OWN_VISIT.search(text, a, b) and all(v.country == sole for v in out):
        s, e, name = cue.start(), cue.end(), sole     # a page from within a report: the one country the page names
        start, end, _ = visit_period(text, a, b, e, year)
        if not start or not end:
            return None                               # (dated in full only: "the mission, which took place from ...")
    else:
        return None
    start, end, _ = visit_period(text, a, b, e, year)
    status = _status(text, a, b, start, end, issued, s)
    return ReadVisit(name, start, end, status, (s, e)) if status else None


# a list of visited countries opened by a colon: "has made country visits to thirteen countries: A, B and C, which are
# ...; D and E ...; and F", "will visit the following countries: A; B; and C"
_LIST_OPEN = re.compile(r"\b(?:visit(?:s|ed|ing)?|missions?|trips?|travel(?:s|led|ling)?|went)\b[^.;:\n]{0,80}?"
                        r"\b(?:countries|States|following|to)\s*:[ \t]*"
                        r"|\b(?:has|have|had)\s+(?:also\s+)?visited\s*:[ \t]*"      # "she has visited: A, B and C"
                        # the visits then their time before the colon, a country after it: "his first five official
                        # country visits since 2015: A, B, C, D and E", "visits undertaken in 2019: A and B"
                        rf"|\b(?:visits|missions)(?:\s+(?:undertaken|conducted|carried\s+out|made|completed))?"
                        rf"(?:\s+(?:since|in|during|from|between|until|up\s+to)\s+[\w ,-]{{1,30}}?)?\s*:[ \t]*(?={ANY_COUNTRY_RE.pattern})", re.I)


def _colon_lists(text: str, issued: str | None, long_names: dict[str, str]) -> list[ReadVisit]:
    """Visits of the countries a visit word's colon list names, up to the end of its sentence (across the
    semicolons that split its groups): completed, or announced when the words before the colon say so."""
    out = []
    for m in _LIST_OPEN.finditer(text):
        if ANY_COUNTRY_RE.search(text, m.start(), m.end()) or re.search(r"request|pending|invit", m.group(0), re.I):
            continue                                       # "visit to Chad in 2030: ...": the object came before
        se = _SENT_END.search(text, m.end())
        b = se.start() + 1 if se else len(text)
        sa = max([0] + [x.end() for x in _SENT_END.finditer(text, max(0, m.start() - 600), m.start())])
        status = _status(text, sa, m.end(), None, None, issued, m.start())
        if status not in ("announced", "completed", "accepted"):
            continue                                       # ("Accepted visits: A and B": accepted, dateless)
        found = [c for c in _countries(text, m.end(), b, long_names) if c[3]]
        for i, (name, s, e, _) in enumerate(found):
            nxt = found[i + 1][1] if i + 1 < len(found) else b
            r = next(iter(find_ranges(text, e, nxt)), None)
            dates = [(r.start, r.end)] if r else [(d, None) for d in group_dates(text, found, i, b)] or [(None, None)]
            out += [ReadVisit(name, start, end, status, (s, e)) for start, end in dates]
    return out


def _semicolon_items(text: str, units, b: int, long_names, status: str, year) -> list[ReadVisit]:
    """The items of a visit list that goes on across semicolons to the end of its sentence, each a country with its
    report in brackets ("has visited A (A/HRC/12/34/Add.2); B (...); the X region in C, D and E (...); and F (...)"):
    the following units that have no visit word of their own, with the status of the list."""
    out = []
    for ua, ub in units:
        if ua < b:
            continue
        if _VISIT.search(text, ua, ub):
            break
        for name, s, e, ok in _countries(text, ua, ub, long_names):
            if ok:
                start, end, _ = visit_period(text, ua, ub, e, year)
                out.append(ReadVisit(name, start, end, status, (s, e)))
        if not text[ua:ub].rstrip().endswith(";"):
            break
    return out


def read_visits(text: str, blocks: list[int] = (), src: str | None = None) -> list[ReadVisit]:
    """Visits read from text (a cleaned stream), one per country and period, in order."""
    units = _units(text, list(blocks))
    long_names = _long_names(text)
    issued = dateline(src if src is not None else text)
    year = issued[:4] if issued else None
    topic = _title_country(text, units, long_names)
    named = {c[0] for c in _countries(text, 0, len(text), long_names) if c[3]}
    sole = next(iter(named)) if len(named) == 1 else None
    places = _places(text)
    out: list[ReadVisit] = _colon_lists(text, issued, long_names) + [ReadVisit(*v) for v in french_visits(text) + spanish_visits(text) + russian_visits(text)]
    called_off: set[str] = set()
    for a, b in units:
        cue = next((m for m in _VISIT.finditer(text, a, b) if (not _NOT_A_VISIT.search(text, m.start(), min(b, m.end() + 4))
                                                               or _OWN_MISSION_BEFORE.search(text[max(a, m.start() - 60):m.start()]))
                    and not _BODY_MISSION.search(text[max(a, m.start() - 40):m.start()]) and not _not_a_visit_cue(text, a, m)),
                   None)
        if not cue and not _TO_PERIOD.search(text, a, b):
            continue
        found = [c for c in _countries(text, a, b, long_names) if c[3] and not _SENT_TO.search(text[max(a, c[1] - 40):c[1]])
                 and not city_locator(text, c[1], c[0], topic)]         # "met agencies in Nairobi, Kenya" (a Somalia visit)
        if len({c[0] for c in found}) == 1 and _COUNTRIES_VISITED.search(text, a, b) and \
                not any(_OBJECT_BEFORE.search(text[max(a, c[1] - 60):c[1]]) for c in found):
            found = []                                # "the countries it had visited ... the Government of X": no object
        tp = _TO_PERIOD.search(text, a, b)
        objects = [c for c in found if _OBJECT_BEFORE.search(text[max(a, c[1] - 60):c[1]]) or (tp and tp.start() < c[1] < tp.end())
                   or _DONE_BEFORE.search(text[max(a, c[1] - 100):c[1]])     # "the visits the former holder made to X"
                   or and_to(text, a, c[1])]                                     # "went to the Union's seat and to X"
        objects += [c for c in found if c not in objects and re.match(r",?\s+which\s+(?:\w+\s+){0,4}?visited\b", text[c[2]:b])]
        if objects:                                   # each object and the countries listed with it ("X, Y and Z")
            chosen = []
            for o in objects:
                if o in chosen:
                    continue
                chosen.append(o)
                for c in found:
                    if c[1] > chosen[-1][2] and c not in chosen and \
                            (_LISTED_WITH.fullmatch(text[chosen[-1][2]:c[1]]) or _PLACES_THEN.fullmatch(text[chosen[-1][2]:c[1]])):
                        chosen.append(c)
        elif topic and (m := _THE_COUNTRY.search(text, a, b)):
            chosen = [(topic, m.start(), m.end(), True)]
        elif ((pair := paired(text, found)) or len({c[0] for c in found}) == 1) and not re.search(r"\bvisits\b|\bmissions\b", text[a:b]):
            chosen = pair or found[:1]          # (one country, or a State and a territory: "X and Kosovo")
        else:
            if cue and not found and (topic or sole) and _CALLED_OFF.search(text, a, b) and not _MOVED_TO.search(text, a, b):
                called_off.add(topic or sole)         # "the visit will not go ahead and is cancelled": the text's one country
            extra = _countryless(text, a, b, cue, places, topic, out, issued, None if topic else sole) \
                if cue and not found else None
            if extra:
                out.append(extra)
            continue
        done = _DONE_BEFORE.search(text[max(a, chosen[0][1] - 100):chosen[0][1]])
        today = (_today_period(text, a, b, issued) or just_ended(text, a, b, issued)) if len(chosen) == 1 else None
        each = respective_periods(text, chosen[-1][2], b, len(chosen)) if len(chosen) > 1 else None
        for i, (name, s, e, _) in enumerate(chosen):
            start, end, _dpos = visit_period(text, a, b, e, year)
            if len(chosen) > 1:                          # a list: the period written between this country and the next
                own = visit_period(text, e, chosen[i + 1][1] if i + 1 < len(chosen) else b, e, year)
                if own[0]:
                    start, end = own[0], own[1]
            if each:                                     # "visited A and B in March and April 2012, respectively"
                start, end = each[i]
            if not start and len(chosen) > 1 and i > 0:      # "visit A and, early in 2012, B": B's own year
                gm = _OWN_WHEN.fullmatch(text, chosen[i - 1][2], s)
                if gm:
                    start, end = parse_date(gm.group(1)), None
            if not start:                                    # "In 2011 the Special Rapporteur will visit A"
                om = _OPENING_WHEN.match(text, clause_around(text, a, b, s)[0])
                if om and om.end() <= s:
                    start, end = parse_date(om.group(1)), None
            bm = re.match(rf"\s*\(\s*({MONTH_RE})\s*\)", text[e:b]) if start and len(start) == 4 else None
            if bm:                                           # "In 2030, ... visits to Chile (May), Peru (July) and ..."
                start = parse_date(f"{bm.group(1)} {start}")
            dm = _DAYS_NO_YEAR.match(text, e, b) if start and len(start) == 4 and not end else None
            if dm:                                           # "In 2030, ... visits to Chile (3-10 May) and Peru (1 to 8 June)"
                y = start
                start = parse_date(f"{dm.group(1)} {dm.group(2) or dm.group(4)} {y}")
                end = parse_date(f"{dm.group(3)} {dm.group(4)} {y}")
            if start and len(start) == 10 and not end and len(chosen) == 1:
                end = end_in_next_sentence(text, b, start)    # "... starting on 6 February. Between 6 and 14 February, ..."
            status = _status(text, a, b, start, end, issued, s)
            if today and (not start or not end and today[0] == start):   # (a start a clause gives, the end today)
                start, end, status = today[0], today[1], today[2]
            if status is None:
                if _CALLED_OFF.search(text, a, b):
                    called_off.add(name)
                continue
            mv = _MOVED_TO.search(text, a, _SENT_END.search(text, b).end() if _SENT_END.search(text, b) else len(text)) \
                if start and len(chosen) == 1 else None
            if mv:                                           # "...; [she asked] to move the visit to the second half of 2020"
                start, end = parse_date(mv.group(1)), None
            rep = other_report(text, e, b) if not start else None
            out.append(ReadVisit(name, start, end, "completed" if done and status == "announced" else status, (s, e),
                                 rep))
            for ps, pe in (yearless_then_dated(text, e, b) + ordinal_periods(text, e, b) if len(chosen) == 1 else ()):   # "visits to A, from March 4
                st2 = _status(text, a, b, ps, pe, issued, s)                                # to 14 and from April 10 to 18, 2014"
                if st2:
                    out.append(ReadVisit(name, ps, pe, st2, (s, e)))
        if chosen and text[a:b].rstrip().endswith(";") and status:
            out += _semicolon_items(text, units, b, long_names, "completed" if done and status == "announced" else status, year)
    # a visit the text says was called off ("planned a mission to Japan, but the Government cancelled it") voids the
    # dateless mentions of that country elsewhere (a title "Official missions to Tajikistan and Japan")
    for m in _INVITED.finditer(text):
        g = next(k for k in (1, 2, 3, 4, 5, 6) if m.group(k))
        wm = _INVITED_WHEN.match(text, m.end()) if g == 3 else None     # the month the Government agreed to
        for name, cs, ce, ok in _countries(text, m.start(g), m.end(g), long_names):
            out.append(ReadVisit(name, parse_date(wm.group(1)) if wm else None, None, invited_status(text, m.end(), m.start()), (cs, ce)))
    for a, b in units:                    # visits told by a list of their years: "visits to the country in 2002 and 2010"
        for year_, words, s, e in visit_years(text, a, b):
            m = ANY_COUNTRY_RE.fullmatch(words) if words else None
            name = long_names.get(canonical(m.group(1)), canonical(m.group(1))) if m else None if words else topic
            status = _status(text, a, b, year_, None, issued, s) if name else None
            if status:
                out.append(ReadVisit(name, year_, None, status, (s, e)))
    for a, b in units:                    # a visit told by its year alone: "his 2013 mission to X", "earlier this year"
        for year_, s, e in years_told(text, a, b, issued):
            names = [c[0] for c in _countries(text, s, e, long_names) if c[3]] or \
                ([topic or next((c[0] for c in reversed(list(_countries(text, a, s, long_names))) if c[3]), None)]
                 if re.match(r"\s*the\s+country\b", text[s:e]) else [])
            out += [ReadVisit(n, year_, None, "completed", (s, e)) for n in dict.fromkeys(names)
                    if n and not any(v.country == n and (v.start or "").startswith(year_) for v in out)]
    for a, b in units:                    # a predecessor's visit told by its year: "since my predecessor came in 1998"
        for year_, pos in predecessor_years(text, a, b):
            found = [c for c in _countries(text, a, b, long_names) if c[3]]
            near = [c for c in found if c[1] < pos and not _SENT_END.search(text[c[2]:pos])]
            found = near[-1:] or found                # "a visit to X ... since her first visit in 2009": X, its sentence's
            if len({c[0] for c in found}) == 1 or not found and topic:
                name, s, e = found[0][:3] if found else (topic, pos, pos)
                out.append(ReadVisit(name, year_, None, "completed", (s, e), earlier=True))
    out = ended_today(text, with_title_period(text, shared_period(text, units, out)), issued)
    return _merged([v for v in out if not (v.start is None and v.country in called_off)])

