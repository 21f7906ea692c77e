"""Words of a visit that speak of no visit of the holder (used by ``visit_reader.py``): people's arrivals, a body
named "Mission in", a country a person is sent to, the visited countries spoken of as a group, the expert's request to
visit; and words that tell a visit's status or year: a visit at its close, a predecessor's visit told by its year."""
from __future__ import annotations

import re

from .un_dates import MONTH_RE, parse_date

__all__ = ["SENT_TO", "COUNTRIES_VISITED", "ASKED_TO_VISIT", "AT_ITS_END", "not_a_visit_cue", "predecessor_years", "visit_years", "other_report", "invited_status"]

_CROWD_ARRIVES = re.compile(r"(?:\b(?:people|persons|migrants|refugees|asylum[- ]seekers|children|women|families|nationals|"
                            r"tourists)|(?<![\w,.])\d[\d,]*)\s+(?:a\s+day\s+|per\s+day\s+|each\s+day\s+)?(?:who\s+|that\s+)?"
                            r"(?:(?:had|have|has|were|was|are|is)\s+)?(?:been\s+|already\s+|also\s+)?$", re.I)
# a body named with "Mission in": "the African Union Mission in X", "the United Nations Assistance Mission in X"
_NAMED_BODY = re.compile(r"Missions?\s+in\b")


# a country a person is sent to, not one the holder visits: "the risks he faces if extradited to X"
SENT_TO = re.compile(r"\b(?:extradit\w+|deport\w+|expell?\w+|refoul\w+|transferr?\w+|forcibly\s+returned|sent\s+back|"
                     r"fle(?:e|es|d|eing))\s+(?:back\s+)?to\s+(?:the\s+)?$", re.I)
# the visited countries spoken of as a group, none named as the object: "a dialogue with the countries it had visited"
COUNTRIES_VISITED = re.compile(r"\b(?:countries|States)\s+(?:that\s+|which\s+)?(?:[\w-]+\s+){0,3}?(?:had\s+|has\s+|have\s+)?visited\b")


def not_a_visit_cue(text: str, a: int, m: re.Match) -> bool:
    """A visit word that speaks of no visit: people's arrivals, a body's name."""
    before = text[max(a, m.start() - 80):m.start()]
    if m.group(0)[:5].lower() == "arriv" and _CROWD_ARRIVES.search(before):
        return True
    if re.match(r"(?:went|going)\s+to\s+(?:the\s+)?(?:Parliament|parliament|Congress|Senate|(?:National\s+)?Assembly|[Cc]ourt|"
                r"(?:a\s+)?vote|the\s+polls|press|print)\b", text[m.start():m.start() + 60]) or \
            m.group(0)[:4].lower() in ("went", "goin") and re.search(r"\b(?:it|It)\s+$", before):
        return True     # a bill that "went to Parliament", a text that "went to press": no visit
    if re.match(r"(?:visit|mission)s?\s+reports?\b(?!\s+(?:to|on|of|in|from)\b)", text[m.start():m.start() + 40], re.I):
        return True     # a report named by its visit: "my full country visit report, which I will present" (not "the
        # country visit reports to X, Y and Z": those name the visits)
    return bool(_NAMED_BODY.match(text, m.start()) and re.search(r"[A-Z][\w-]*\s+$", before))


# the expert's own request to visit, dated or not: "first asked to visit X in 2031", "had sought to visit X since 2030"
# (not the expert asked by others: "was asked to visit X")
ASKED_TO_VISIT = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:asked|requested|sought|applied)\s+(?:(?:permission|leave|an?\s+invitation|again)\s+)?"
                            r"to\s+(?:visit|travel\s+to|go\s+to)\b(?![^.;]*\b(?:and|but|then)\s+(?:visited|travelled|went)\b)", re.I)
# a visit at its close, on the eve of its last day: "as her mission to X (18-29 May) comes to an end", "draws to a close"
# (not one still to come: "will come to an end on 20 May"), or one that "ends tomorrow"
AT_ITS_END = re.compile(r"\b(?:visit|mission)\b[^.;]{0,80}?\b(?<!\bwill\s)(?<!\bto\s)(?:(?:comes?|is\s+coming)\s+to\s+(?:an?\s+)?(?:end|close)|"
                        r"draws?\s+to\s+(?:an?\s+)?(?:end|close)|nears?\s+(?:its\s+)?end|is\s+drawing\s+to\s+(?:an?\s+)?(?:end|close)|"
                        r"(?:ends|concludes|closes)\s+tomorrow)\b"
                        # a statement titled as given at the end of the visit: "End of mission statement", "end-of-visit remarks"
                        r"|\bend[- ]of[- ](?:the\s+)?(?:visit|mission)\s+(?:statement|remarks|press\s+conference)", re.I)
# a predecessor's visit to the country the sentence names, told by its year (or month): "... since my predecessor came in
# 1998", "when her predecessor was here in 2004", "a former Special Rapporteur visited in 2009", "his predecessor, Mr X,
# who had been in the country in January 2005"; and the holder's own earlier visit recalled: "since her first country
# visit in 2009", "after his previous mission in May 2011"
_WHEN = rf"((?:{MONTH_RE}\s+)?(?:19|20)\d\d)\b"
PREDECESSOR_CAME = re.compile(r"\b(?:(?:my|his|her|their|the|a)\s+predecessors?|(?:a|an|the)\s+(?:former|previous|first)\s+"
                              r"(?:UN\s+|United\s+Nations\s+)?(?:Special\s+Rapporteur|Independent\s+Expert|[Ee]xpert|mandate[- ]holder))"
                              r"(?:,\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[^,.;]{1,50},)?\s+(?:who\s+)?(?:had\s+)?"
                              r"(?:came|come|visited|travell?ed|(?:was|been)\s+(?:here|there|in\s+the\s+country))"
                              r"(?:\s+(?:here|there|to\s+the\s+country|the\s+country|it))?,?\s+(?:in|back\s+in)\s+" + _WHEN, re.I)
_OWN_EARLIER = re.compile(r"\b(?:since|after|following|as\s+in)\s+(?:my|his|her|their|its|the)\s+(?:first|previous|last|earlier|"
                          r"initial)\s+(?:(?:official|country|fact-finding)\s+)*(?:visit|mission)\*?\s+(?:to\s+the\s+country\s+)?"
                          r"(?:in|of)\s+" + _WHEN
                          # the report on an earlier mission, told by its month: "my report on the mission of January 2030"
                          + r"|\b(?:my|his|her|its|their|the)\s+report\s+on\s+(?:my|his|her|its|their|the)\s+(?:(?:official|country|"
                          r"fact-finding)\s+)*(?:visit|mission)\*?\s+(?:to\s+the\s+country\s+)?(?:in|of)\s+" + _WHEN, re.I)
# predecessors named, each with the year of a visit: "My predecessors A in 2015 and B in 2010 had visited before me"
_PREDECESSORS_IN = re.compile(r"\b(?i:my|his|her|their|the)\s+predecessors?,?\s+((?:[A-Z][^,.;]{1,50}?\s+in\s+(?:19|20)\d\d"
                              r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)?){1,4}),?\s+(?:who\s+)?(?:had\s+)?(?:also\s+)?"
                              r"(?:visited|came|travell?ed|been\s+(?:here|there|to\s+the\s+country))\b")

# an earlier holder's visit named as such, its year given or not: "since the visit of the previous mandate holder",
# "the former Special Rapporteur's mission in 2012", "my predecessor's visit"
_EARLIER_HOLDER = re.compile(r"\b(?:(?:visit|mission)\s+(?:made\s+)?(?:of|by)\s+(?:my|his|her|their|the)\s+(?:previous|former|first)\s+|"
                             r"(?:my|his|her|their|the)\s+(?:(?:previous|former)\s+(?=\w+(?:\s+\w+)?['\u2019]s?\s+(?:visit|mission))|"
                             r"(?=predecessor['\u2019]s\s+(?:visit|mission))))"
                             r"(?:(?:UN\s+)?(?:mandate[- ]holder|Special\s+Rapporteur|Independent\s+Expert|predecessor)['\u2019]?s?)"
                             r"(?:\s+(?:visit|mission))?(?:,?\s+in\s+" + _WHEN + ")?", re.I)

_DATED_AFTER = re.compile(r"\s*(?:to\s+(?:the\s+)?[A-Z][^,.;]{0,40}?\s+)?,?\s*(?:from|in|on|between|during)?\s*\(?\d")


def predecessor_years(text: str, a: int, b: int) -> list[tuple[str | None, int]]:
    """(year or month, offset) of each earlier visit text[a:b] tells by its year: a predecessor's ("since my predecessor
    came in 1998") or the holder's own ("since her first country visit in 2009")."""
    got = [(parse_date(m.group(1)), m.start()) for m in PREDECESSOR_CAME.finditer(text, a, b) if parse_date(m.group(1))]
    got += [(parse_date(m.group(1) or m.group(2)), m.start()) for m in _OWN_EARLIER.finditer(text, a, b)
            if parse_date(m.group(1) or m.group(2))]
    got += [(y, m.start() + i) for m in _PREDECESSORS_IN.finditer(text, a, b)       # one offset per year named
            for i, y in enumerate(re.findall(r"\bin\s+((?:19|20)\d\d)\b", m.group(1)))]
    return got + [(parse_date(m.group(1)) if m.group(1) else None, m.start()) for m in _EARLIER_HOLDER.finditer(text, a, b)
                  if not any(p == m.start() for _, p in got)
                  and (m.group(1) or not _DATED_AFTER.match(text, m.end(), b))]
    # (dateless and its clause dating it: "his predecessor's visit to X from 3 February ...": the visit reader dates it)


# visits told by a list of their years: "their official visits to the country in 2002 and 2010", "missions to X in
# 1999, 2004 and 2011" (a footnote mark may be glued to a year: "in 20021 and 20102")
_YEAR = r"(?:19|20)\d\d(?:\d{1,2})?(?!\d)"
YEARS_OF_VISITS = re.compile(r"\b(?:(?:visits|missions)\s+(?:[\w-]+\s+){0,3}?(?:to|in)|visited)\s+(?:the\s+)?"
                             r"(?:(country)\b|([A-Z][^,;.()]{1,60}?))"
                             rf"\s+in\s+({_YEAR}(?:\s*,\s*(?:in\s+)?{_YEAR})*\s*,?\s+and\s+(?:again\s+)?(?:in\s+)?{_YEAR})")


def visit_years(text: str, a: int, b: int) -> list[tuple[str, str | None, int, int]]:
    """(year, country words or None for "the country", start, end) of each visit text[a:b] tells in a list of years."""
    out = []
    for m in YEARS_OF_VISITS.finditer(text, a, b):
        for y in re.finditer(_YEAR, m.group(3)):
            out.append((y.group(0)[:4], m.group(2), m.start(), m.end()))
    return out



# a mission's own report in brackets after its country: "a mission to X (A/HRC/23/46/Add.4)", another visit than the
# text's own one (whose symbol comes first in the text)
_REPORT_AFTER = re.compile(r"\s*\(\s*((?:A|E)/(?:HRC|CN\.4)/[\w./-]*Add\.\d+)\s*\)")
_SYMBOL = re.compile(r"(?:A|E)/(?:HRC|CN\.4)/[\w./-]*\w")


def other_report(text: str, e: int, b: int) -> str | None:
    """The symbol of a mission report in brackets at text[e:b], when it is not the text's own (its first symbol)."""
    m = _REPORT_AFTER.match(text, e, b)
    own = _SYMBOL.search(text)
    return m.group(1) if m and (not own or own.group(0) != m.group(1)) else None


# a "mission on/of/for" that is the expert's own visit, not a body, has a length or is at its close:
# "at the end of an 8-day fact-finding mission on the country's ..."
OWN_MISSION_BEFORE = re.compile(r"(?:\b[\w]+-(?:day|week|month)|\b(?:end|close|conclusion)\s+of\s+(?:an?|the|his|her|its|their))"
                                 r"\s+(?:[\w-]+\s+){0,2}$", re.I)
# the visit told as made, whatever the text's date: "I made an official country visit to X from 19 August to 3 September"
# (an end-of-visit statement given on the eve of the last day)
MADE_VISIT = re.compile(r"\b(?:made|undertook|conducted|carried\s+out|paid)\s+(?:an?|the|his|her|their|its|my|our)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:visit|mission)\b"
                         # its run told in the past: "the mission took place from 29 April to ...", "a visit, which ran from"
                         r"|\b(?:visit|mission)\b[^.;]{0,30}?\b(?:took\s+place|ran|lasted)\s+(?:from|between)\b", re.I)
# how a visit's status reads (visit_reader._status): done, under way, moved, barred or called off;
# "was able to visit the country from ...": done, not planned
ABLE_PAST = re.compile(r"\b(?:was|were|had\s+been)\s+(?:finally\s+|eventually\s+)?able\s+to\s+(?:visit|travel|go)\b"
                        r"|\b(?:managed|succeeded)\s+(?:to|in)\s+(?:visit|travel|go)", re.I)
# a release with no dateline that writes the visit as under way: "is visiting the country from 14 to 24 April"
UNDER_WAY = re.compile(r"\b(?:is|are)\s+(?:currently\s+)?(?:visiting|travell?ing\s+to|on\s+an?\s+(?:[\w-]+\s+){0,2}?(?:visit|mission))\b", re.I)
# a visit moved to a later time: that time is its date
MOVED_TO = re.compile(rf"(?:\b(?:move[ds]?|moving|reschedul\w+|shift(?:s|ed)?)\s+(?:the|this|that|her|his|its|their)\s+(?:[\w-]+\s+)?"
                       rf"(?:visit|mission)|\b(?:was|were|has\s+been|had\s+been)\s+(?:postponed|deferred|rescheduled|moved))\s+(?:un)?to\s+(?:the\s+)?(?:(?:first|second|latter|later)\s+half\s+of\s+|(?:early|late|mid-?)\s*)?"
                       rf"({MONTH_RE}\s+\d{{4}}|(?:19|20)\d\d)(?![\d/-])")
# a visit the expert could not make: no visit of any status
BARRED = re.compile(r"\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:allowed|permitted|authori[sz]ed|able)\s+to\s+(?:visit|travel|go|enter)\b"
                     r"|\b(?:could\s+not|cannot|can\s*not|couldn['\u2019]t)\s+(?:yet\s+)?(?:visit|travel|go|enter)\b"
                     r"|\b(?:was|were|is|are|has\s+been|have\s+been|remains?)\s+unable\s+to\s+(?:visit|travel|go|enter)\b", re.I)
CALLED_OFF = re.compile(r"\b(?:postponed|cancell?ed|called off|deferred)\b|\b(?:will|would)\s+not\s+(?:take\s+place|go\s+ahead)\b"
                        # "decided against the mission", "a decision of the Government ... against a mission by him to X"
                        r"|\b(?:decided|decision|ruled)\s+(?:[^.;]{0,60}?\s)?against\s+(?:the|a|an|his|her|their|this)\s+"
                        r"(?:[\w-]+\s+)?(?:visit|mission|trip)\b", re.I)


# an invitation thanked for in a sentence that tells the visit made: "for its invitation to visit the country, and for the
# cooperation it gave me before and during the mission" (an end-of-mission statement): the visit is over, not accepted
_DURING_IT = re.compile(r"\b(?:during|throughout|in\s+the\s+course\s+of)\s+(?:the|my|his|her|its|their|this|our)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:visit|mission|stay)\b", re.I)


# a thanks to the Government that invited the speaker to come, in the past tense and with no later date: "My thanks go first
# to the Government of X, which invited me to come and look at ...", "I thank the Government of X, which invited us" (an
# end-of-visit statement thanking for the visit just made; "which has invited me to visit next year" stays accepted)
_THANKS_BEFORE = re.compile(r"\b(?:thanks?|thanking|grateful|gratitude|appreciation)\b[^.;]{0,60}$", re.I)
_INVITED_PAST = re.compile(r",?\s*which\s+invited\s+(?:me|us|him|her|them)\s+to\s+(?:come|visit)\b", re.I)
_LATER = re.compile(r"\b(?:will|shall|next|forthcoming|upcoming|later|future|planned)\b", re.I)


def invited_status(text: str, pos: int, gov: int | None = None) -> str:
    """"completed" when the rest of the sentence from pos tells the visit as made, or when the sentence thanks the
    Government (named at gov) for inviting the speaker to come, in the past; else "accepted"."""
    end = re.search(r"[.!?](?:\s|$)|\n\s*\n", text[pos:])
    stop = pos + (end.start() if end else len(text) - pos)
    if _DURING_IT.search(text, pos, stop):
        return "completed"
    if gov is not None and _THANKS_BEFORE.search(text[max(0, gov - 80):gov]):
        if _INVITED_PAST.search(text, gov, stop) and not _LATER.search(text, gov, stop):
            return "completed"
    return "accepted"


# a second object of a verb of going: "I went to the institutions of the Union in Brussels and to X", "travelled to A and
# then to X"
_AND_TO = re.compile(r"\b(?:went|go(?:es|ing)?|travell?(?:ed|ing|s)?|been|came|come)\s+to\b[^.;!?]{0,120}?\band\s+"
                     r"(?:then\s+|also\s+|later\s+)?to\s+(?:the\s+)?$", re.I)


def and_to(text: str, a: int, pos: int) -> bool:
    """Whether the country at pos is a further object of a verb of going ("went to A and to X")."""
    return bool(_AND_TO.search(text, max(a, pos - 160), pos))


# visit words that tell no visit made or planned: a request, an offer or leave, a mandate's habit or task
REQUEST = re.compile(r"\b(?:request(?:ed|s|ing)?|asked)\b[^.;]{0,60}?\bto\s+visit\b|\bvisit\s+requests?\b|\brequest(?:s|ed)?\s+(?:for\s+)?(?:an?\s+)?(?:country\s+|official\s+)?visits?\b",
                      re.I)                    # a request to visit: not a visit (documents.py lists it as requested)
# an offer or a leave to visit is no visit: "offered to travel to X to meet him", "calls on the Government to let him visit
# the country", "to allow her to visit"
LEAVE_TO_VISIT = re.compile(r"\b(?:offer(?:s|ed|ing)?\s+to|to\s+let\s+(?:him|her|them)|to\s+(?:allow|permit|enable)\s+"
                             r"(?:him|her|them|the\s+(?:[\w-]+\s+){1,3}?)to)\s+(?:visit|travel|go)\b"
                             # "asked the Government to let him carry out a fact-finding mission to the country"
                             # "... and to invite him on a fact-finding mission to the country": a visit asked for
                             r"|\bto\s+(?:let|allow|permit|enable|invite)\s+(?:him|her|them|the\s+(?:[\w-]+\s+){1,3}?)\s*(?:to\s+|on\s+|for\s+)?"
                             r"(?:(?:carry\s+out|make|undertake|conduct|pay|visit|go\s+on)\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:visit|mission|trip)\b"
                             # a call to let visits happen: "calls upon the Government ... to allow visits to the country"
                             r"|\bto\s+(?:allow|permit|grant|facilitate|accept|agree\s+to)\s+(?:[\w-]+\s+){0,2}?visits\b", re.I)
# visits as what a mandate does by habit, no one visit: "The Special Rapporteur goes on missions to the country regularly"
HABITUAL = re.compile(r"\b(?:visits|missions)\b[^.;]{0,60}?\b(?:regularly|periodically|routinely|from\s+time\s+to\s+time)\b"
                       r"|\b(?:regularly|periodically|routinely)\s+(?:\w+\s+){0,3}?(?:visits|missions)\b", re.I)
# visits as a mandate's task: "monitor ..., including by making in-situ visits to the country", "to carry out visits"
TASK_VISITS = re.compile(r"\b(?:by\s+(?:making|conducting|carrying\s+out|undertaking|paying)|(?:mandated|requested|tasked|"
                          r"is|are|including)\s+to\s+(?:make|conduct|carry\s+out|undertake|pay))\s+(?:[\w-]+\s+){0,2}?visits\b", re.I)
