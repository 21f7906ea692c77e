"""The resolution a report answers (its pursuant-to): "submitted pursuant to Council resolution 35/3", "pursuant to
her mandate, as established in resolution 2005/79 and extended by ... resolution 43/8", "submits this report under
...", and, when a report states none, the resolution that its note says asked for reports. Split from
loaders.documents; ``sentence(t, s, e)`` is its sentence finder (passed in, no import cycle)."""
from __future__ import annotations

import bisect
import re

__all__ = ["find_pursuant", "reporting_requirement"]

# A note's or introduction's account of the resolution that asked for the report: "By its resolution 33/14, the
# Council set up the mandate ... and asked the Special Rapporteur to report every year to the Council", "In its
# resolution 33/14, the Council requested the Working Group to submit an annual report".
_REQUIREMENT_BEFORE = re.compile(r"(?:^|[.;:]\s+|\s)(?:By|In|Under) (?:its |that |the )?(?:[A-Z][\w-]*\s+){0,5}$")
_REQUIREMENT_AFTER = re.compile(r"\b(?:requested|asked|invited|called (?:up)?on|mandated)\b[^.;]{0,150}?"
                                r"\bto (?:report\b|(?:submit|present)\b[^.;]{0,60}?\breports?\b)|"
                                r"\bdecided\b[^.;]{0,150}?\b(?:shall|should|would|to) (?:report\b|(?:submit|present)\b"
                                r"[^.;]{0,60}?\breports?\b)")


# What a report's sentence writes before the resolution it answers: "pursuant to", "in furtherance of", "as requested
# in", "acting under" ... (then at most three words: "Human Rights Council resolution 7/36", an abbreviation in
# brackets among them: "Human Rights Council (HRC) resolution 48/1").
_PURSUANT_BEFORE = re.compile(
    r"(?:[Pp]ursuant to|[Ii]n (?:accordance|compliance|conformity|keeping|line) with|[Ii]n response to|"
    r"[Ii]n (?:furtherance|fulfil?ment|implementation|application|pursuance) of|"
    r"(?:[Aa]s )?(?:[Mm]andated|called for|provided for|required) (?:by|in)|"
    r"(?:[Ii]n response|[Rr]espond(?:s|ing)?) to the request (?:made )?(?:(?:by|of)\s+the\s+(?:[A-Z][\w-]*\s+){1,4})?in|[Aa]t the request of (?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}in|"
    r"(?:[Aa]s )?requested\s+(?:by\s+the\s+(?:[A-Z][\w-]*\s+){1,4})?in|"
    r"(?:submit(?:s|ted)?|prepared|presented)\s+under|"
    # Spanish and French: "En virtud de la resolución 33/5", "De conformidad con la resolución", "Conformément à la
    # résolution", "En application de la résolution"
    r"(?:[Ee]n virtud|[Dd]e conformidad con|[Cc]onforme a|[Cc]on arreglo a|[Ee]n cumplimiento de|[Aa]tendiendo a|"
    r"[Cc]onform\u00e9ment \u00e0|[Ee]n (?:application|vertu|ex\u00e9cution) de|[Cc]omme suite \u00e0)|"
    r"(?:^|\W)[Aa]cting\s+under|"
    r"(?:[Pp]ursuant to|[Uu]nder|[Ii]n (?:accordance|line) with) (?:his|her|its|their|the) mandate,?\s+as (?:established|set out|"
    r"defined|created|laid down|renewed|extended)(?:\s+most recently)? (?:in|by))\s+(?:\w+\s+(?:\([A-Z]{2,8}\)\s+)?){0,3}$")
# ("pursuant to his mandate, as established in Commission ... resolution 2005/79": the mandate's resolutions, see
# _CHAIN_JOIN for the next of them)
# A verb of sending a report, then "under" further on in its clause: "submits this report under Council resolution 7/36",
# "transmits ... the report of the Independent Expert ..., NAME, under its resolution 36/27", "drawn up under ...",
# "This report goes to the Council under Council resolutions 32/2 and 41/18", "the second report made to the Council
# under Council resolution 16/9".
_SENT_UNDER_BEFORE = re.compile(
    r"\b(?i:submit(?:s|ted|ting)?|present(?:s|ed|ing)?|transmit(?:s|ted|ting)?|prepared|drawn up|written|goes|"
    r"sen[dt]s?|forward(?:s|ed)?|issued|made|produced|delivered|addressed|"
    r"met|meets|held|convened|took place)\b[^.;]{0,250}?\bunder\s+(?:\w+\s+(?:\([A-Z]{2,8}\)\s+)?){0,3}$")


# (a meeting the report is of, held under the resolution: "the report of the Forum, which met in Geneva ... under Council
# resolution 24/25", "the consultation, held under ...")
# A sentence opened by "Under" the resolution whose main clause sends a report: "Under Council resolution 37/8, the Special
# Rapporteur ... presents his first report to the Assembly", "Under resolution 7/1, the Working Group submits its report".
_UNDER_OPENS = re.compile(r"(?:^|[.;:!?]\s+|\n\s*)Under\s+(?:\w+\s+(?:\([A-Z]{2,8}\)\s+)?){0,3}$")
_SENDS_REPORT = re.compile(r"^[^.;]{0,250}?\b(?:present|submit|transmit|deliver)s\b[^.;]{0,80}?"
                           r"\b(?:his|her|its|their|this|the present)\s+(?:[\w-]+\s+){0,3}?report\b")   # its own, not "a report"
# a date after a citation, before the next of a pair: "resolution 2000/61 of 26 April 2000 and ... resolution 56/163"
_DATE_GAP = r"(?:,?\s+(?:of|dated|adopted\s+on)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4}|\s*\((?:19|20)\d\d\))?"

# a report in English, Spanish or French; a visit or mission, or going to a country ("went to", "hizo una visita")
_REPORT_WORD = re.compile(r"\b(?:[Rr]eport|[Ii]nforme|[Rr]apport)\b")
_VISIT_WORD = re.compile(r"\b(?:visit\w*|mission|misi\u00f3n|went to|travell?ed to|viaj\u00f3 a|estuvo en|"
                         r"s['\u2019]est rendue? (?:en|au|aux|\u00e0))\b")
# a first paragraph's number glued to its first word, which the paragraph reader does not take ("1.En virtud de ...")
_PARA_ONE = re.compile(r"(?:^|\s)1\.\s*(?=[A-Z\u00c0-\u00de])")

_THIS_REPORT = re.compile(r"\b(?:this|the present) report\b")
# the mandate's next resolution in a chain: "..., as established in resolution 2005/79 and extended most recently by
# the Human Rights Council in its resolution 43/8", "... and renewed by Council resolution 42/7"
_CHAIN_JOIN = re.compile(r",?\s+and\s+(?:(?:most\s+)?recently\s+|later\s+|since\s+)?(?:renewed|extended|prolonged|continued)"
                         r"(?:\s+most\s+recently)?\s+(?:by|in)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:in\s+(?:its|the)\s+)?"
                         r"(?:(?:resolution|decision)\s+)?")


def reporting_requirement(d, citations: list, sentence) -> list:
    """The report's reporting requirement, when it states no "pursuant to": the first resolution of the front matter
    or of paragraphs 1-2 whose sentence opens with it and says it asked for reports (see above)."""
    t = d.body.masked
    for c in citations:
        if c.fn is not None or (c.para is not None and c.para > 2) or c.kind != "resolution":
            continue
        s = bisect.bisect_left(d.body.pos, c.span[0])
        e = bisect.bisect_left(d.body.pos, c.span[1])
        a, b = sentence(t, s, s)
        if _REQUIREMENT_BEFORE.search(t[max(a - 2, 0):s]) and _REQUIREMENT_AFTER.search(t, e, b):
            return [c]
    return []


def find_pursuant(d, citations: list, sentence) -> list:
    """The citations of the front matter and first paragraphs that the report answers (see _PURSUANT_BEFORE)."""
    pursuant, last_end = [], None
    for c in citations:
        if c.fn is None and (c.para is None or c.para <= 3):
            s = bisect.bisect_left(d.body.pos, c.span[0])
            a, b = sentence(d.body.masked, s, s)
            if c.para == 3 and not _THIS_REPORT.search(d.body.masked, a, b):
                continue            # paragraph 3 of an introduction that opens with a history: only its own report's sentence
            e = bisect.bisect_left(d.body.pos, c.span[1])
            window = d.body.masked[a:s]
            # the next of a pair or list: "pursuant to Commission ... resolution 2005/19 and Human Rights Council decision
            # 1/102", "pursuant to Council resolutions 33/14, 36/9 and 42/23"
            if last_end is not None and a <= last_end <= s and (re.fullmatch(
                    _DATE_GAP + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){0,4}(?:resolution|decision)\s+)?", d.body.masked[last_end:s])
                    or _CHAIN_JOIN.fullmatch(d.body.masked, last_end, s)):
                pursuant.append(c)
                last_end = e
                continue
            if (_PURSUANT_BEFORE.search(window) or _SENT_UNDER_BEFORE.search(window)
                    or ((_UNDER_OPENS.search(d.body.masked, max(a - 2, 0), s)
                         or _UNDER_OPENS.search(d.src, max(c.span[0] - 80, 0), c.span[0]))    # opening its line
                        and _SENDS_REPORT.search(d.body.masked[e:b]))) \
                    and (_REPORT_WORD.search(d.body.masked[a:b])    # (also a cover's title "Report of ...,
                         # submitted in accordance with ..."); a mission report's paragraph 1: "Pursuant to
                         or ((c.para is not None or _PARA_ONE.search(d.body.masked, max(a - 6, 0), s))
                             and _VISIT_WORD.search(d.body.masked[s:b]))):  # ..., made a visit", "..., went to"
                pursuant.append(c)
                last_end = e
    if any(c.para is None for c in pursuant):   # the note or summary says what the report answers: the
        pursuant = [c for c in pursuant if c.para is None]   # introduction's fuller chain of resolutions adds nothing
    return pursuant
