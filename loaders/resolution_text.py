"""What a resolution or decision text itself says: its own number, its adoption date, what it
does to the mandate (creates, extends, renews, renames, postpones) and the tasks it gives.

All functions take a ``Segmented`` document (loaders.segments) and work on its cleaned body;
spans are offsets of that stream (the caller maps them to the original).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .segments import _items as lettered_items
from .un_dates import DATE_RE, MONTH_RE, parse_date

__all__ = ["OwnRef", "own_ref", "adoption_date", "is_draft", "vote", "MandateAction", "mandate_actions", "operative_requests"]

_BODIES = [("HRC", r"Human Rights Council|HUMAN RIGHTS COUNCIL"),
           ("CHR", r"Commission on Human Rights|COMMISSION ON HUMAN RIGHTS"),
           ("GA", r"The General Assembly ?,")]
_SPACED_NUM = r"((?:S-)?\d(?:\s?\d){0,3})\s?/\s?(\d(?:\s?\d){0,3})"
_HEAD_NUM = re.compile(rf"(?:(?<=\s)|^)(?:Resolution\s+)?{_SPACED_NUM}(?:\s*\.\s*|\s+(?=[A-Z][a-z])|"
                       r"\s*\((?:19|20)\d\d\)\s*)(?=[A-Z])")                 # "Resolution 32/2 (2016) The Council,"
# the body that adopts a text, as its preamble opens ("The General Assembly,", "The Sub-Commission on the Promotion and
# Protection of Human Rights,") or as its header says ("Resolution adopted by the General Assembly on ...")
_ACTOR_NAMES = (r"(Human Rights Council|Commission on Human Rights|General Assembly|Economic and Social Council|"
                r"Sub-Commission on (?:the )?(?:Promotion and Protection of Human Rights|Prevention of Discrimination and "
                r"Protection of Minorities))")
_ACTOR = re.compile(r"(?:^|\s)The\s+" + _ACTOR_NAMES + r"\s?,")
_ACTOR_BODY = {"human rights council": "HRC", "commission on human rights": "CHR", "general assembly": "GA",
               "economic and social council": "ECOSOC",
               "sub-commission on the promotion and protection of human rights": "SubCom",
               "sub-commission on promotion and protection of human rights": "SubCom",
               "sub-commission on the prevention of discrimination and protection of minorities": "SubCom",
               "sub-commission on prevention of discrimination and protection of minorities": "SubCom"}
# a decision's opening at a plenary meeting of the Economic and Social Council, or its own heading's body
_ECOSOC_MEETING = re.compile(r"\bAt its \d{1,3}(?:st|nd|rd|th) (?:plenary )?meeting,\s+(?:held\s+)?on\s+[^,]{6,30},\s+"
                             r"the Economic and Social Council\b")
# a decision's opening: "At its 9th meeting, on 18 June 2007, the Council decided", "At its 40th plenary meeting, on 22 July
# 2005, the Economic and Social Council, taking note of ..., approved ..."
_MEETING_ACT = (r"\bAt its \d{1,3}(?:st|nd|rd|th) (?:plenary )?meeting,\s+(?:held\s+)?on\s+({DATE}),\s+the [A-Z][\w ]+?,?\s+"
                r"(?:[^.;]{0,300}?,\s+)?(?:decided|adopted|approved|endorsed|agreed|took note|recommended)\b")
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "a": 1,
          "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5}


@dataclass
class OwnRef:
    ref: str          # "HRC 35/3"
    body: str
    number: str
    kind: str         # resolution | decision


def own_ref(front: str, symbol_ref: tuple[str, str, str] | None, kind: str | None) -> OwnRef | None:
    """The resolution's own ref: from a RES/DEC symbol, else from the heading "35/3. Title"."""
    if symbol_ref:
        body, number, k = symbol_ref
        return OwnRef(f"{body} {number}", body, number, k)
    for m in _HEAD_NUM.finditer(front):
        number = re.sub(r"\s", "", m.group(1)) + "/" + re.sub(r"\s", "", m.group(2))
        if re.search(r"session\s*$|agenda item\s*$", front[max(0, m.start() - 20):m.start()], re.I):
            continue
        if re.search(rf"{MONTH_RE}\s*$", front[:m.start()]):
            continue
        named = re.search(r"(Human Rights Council|Commission on Human Rights|General Assembly|Economic and Social Council)"
                          r"\s+(?:resolution|decision)\s*$",
                          front[max(0, m.start() - 60):m.start()], re.I)      # a heading "General Assembly resolution 49/181"
        body = {"human rights council": "HRC", "commission on human rights": "CHR", "general assembly": "GA",
                "economic and social council": "ECOSOC"}[named.group(1).lower()] if named else None
        if body is None and _ECOSOC_MEETING.search(front[m.end():m.end() + 400]):
            body = "ECOSOC"                   # "2005/273. Title At its 38th plenary meeting, on ..., the Economic and Social Council"
        if body is None:                      # the body that speaks, opening the preamble ("The General Assembly,"), or
            am = _ACTOR.search(front[m.end():m.end() + 400]) \
                or re.search(r"\b(?:Resolution|Decision) adopted by the " + _ACTOR_NAMES, front)   # the header's body
            body = _ACTOR_BODY[re.sub(r"\s+", " ", am.group(1)).lower()] if am else None
        body = body or next((b for b, pat in _BODIES if re.search(pat, front[:m.start()] + front[m.end():m.end() + 300])), None)
        if body is None:
            body = "CHR" if re.match(r"(?:19|20)\d\d/", number) else "HRC"
        return OwnRef(f"{body} {number}", body, number, "decision" if kind == "decision" else "resolution")
    return None


def adoption_date(front: str, src: str, after: int = 0) -> str | None:
    """"Resolution adopted by ... on 22 June 2017" / "in July 2020", a decision's "At its 9th meeting, on 18 June
    2007, the Human Rights Council decided", else the date line that
    closes the text ("48th meeting 25 March 2011", "27 March 2008", "Adopted on 27 September 2007"; not the
    date of issue under a "Distr." line), looked for from ``after``
    (the first operative paragraph, in the original text) on."""
    # (a copy may glue the date's "on" to the body: "adopted by the Human Rights Councilon 7 July 2022")
    m = re.search(rf"\b(?:Resolution|Decision) adopted by the [A-Z][\w ]+?(?:\s+|(?<=[a-z]))(?:on|in)\s+({DATE_RE})", front)
    if m:
        return parse_date(m.group(1))
    m = re.search(r"\bResolution\s+(?:S-)?\d{1,4}/\d{1,4}\s*\(((?:19|20)\d\d)\)", front)
    if m:                                     # a title with the year: "... Resolution 32/2 (2016)" (Wikisource)
        return m.group(1)
    m = re.search(_MEETING_ACT.replace("{DATE}", DATE_RE), front)
    if m:                                     # a decision's opening: "At its 9th meeting, on 18 June 2007, the Council decided"
        return parse_date(m.group(1))
    last, prev = None, ""
    for line in src[after:].splitlines():
        s = line.strip()
        if not s:
            continue
        lm = re.fullmatch(rf"(?:\d{{1,3}}(?:st|nd|rd|th) meeting\s*|Adopted\s+(?:on\s+)?)?(\d{{1,2}}\s+{MONTH_RE}\s+\d{{4}})\.?", s)
        if lm and not re.search(r"\bDistr\b", prev):     # the date under a "Distr. GENERAL" line is the issue date
            last = lm.group(1)
        prev = s
    return parse_date(last)


def is_draft(front: str, symbol: str | None) -> bool:
    """A draft resolution or decision (an "L." symbol, or "draft resolution" and no adoption line)."""
    if symbol and re.search(r"/L\.\d", symbol):
        return True
    return bool(re.search(r"\bdraft (?:resolution|decision)\b", front)
                and not re.search(r"\b(?:Resolution|Decision) adopted by\b", front))


_VOTE = re.compile(r"\[?\s*Adopted\s+(?:by a recorded vote of\s+(\d+)\s+to\s+(\d+)(?:,\s+with\s+(no|\d+)\s+"
                   r"abstentions?)?|(without a vote))", re.I)


def vote(text: str) -> str | None:
    """"32-14-0" (in favour, against, abstentions) from "[Adopted by a recorded vote of 32 to 14, with no
    abstentions.]", "without a vote", or None."""
    m = _VOTE.search(text)
    if not m:
        return None
    if m.group(4):
        return "without a vote"
    abst = m.group(3)
    return f"{m.group(1)}-{m.group(2)}-{0 if abst in (None, 'no') else abst}"


@dataclass
class MandateAction:
    action: str               # created | extended | renewed | renamed | postponed
    period: str | None        # "P3Y"
    until: str | None         # "2011-06"
    span: tuple[int, int]


_ACTIONS = [
    ("created", r"\bDecides to (?:appoint|establish|create|nominate|set up)\b[^;]{0,200}?\b(?:[Ii]ndependent [Ee]xpert|"
                r"[Ss]pecial [Rr]apporteur|(?<!ntergovernmental )(?<!open-ended )[Ww]orking [Gg]roup|mandate)\b"),
    # (a special procedure's working group, not an "open-ended intergovernmental working group" of States)
    ("renamed", r"\b(?:Decides|decided) to redefine\b[^;]{0,80}?\brename\b"),
    ("postponed", r"\b(?:postpone[sd]?|put off|defer(?:red|s)?)\s+(?:the\s+)?(?:renewal|consideration)\b"),
    # (the post itself may be what is extended: "Decides to extend the special procedure on ... as a Special Rapporteur
    # for a period of three years", "Decides to renew for three years the Working Group on ..."; or its passive: "Decides
    # that the mandate of ... shall be extended for ...", "Decides that the Working Group shall continue its work for ...")
    ("extended", r"\b(?:Decides|decided) to (?:extend|renew|continue|prolong)\b[^;]{0,400}?\b(?:mandates?|[Ss]pecial procedure|"
                 r"Special Rapporteur|Independent Expert|Working Group|Special Representative)\b|\b(?:and to|to) extend it\b"
                 r"|\bDecides that (?:the\s+)?(?:mandates?|Special Rapporteur|Independent Expert|Working Group)\b[^;]{0,200}?"
                 r"\b(?:(?:shall|should|will|is to)\s+)?(?:be\s+(?:extended|renewed|prolonged)|continue (?:its|his|her|their) work)\b"
                 r"|\bD\u00e9cide de (?:proroger|renouveler|prolonger)\b[^;]{0,400}?\bmandats?\b"
                 r"|\bDecide (?:prorrogar|renovar|prolongar)\b[^;]{0,400}?\bmandatos?\b"
                 r"|\bextended the mandate\b|\bDecides\b[^;]{0,200}?\b(?:a|an|the)\s+(?:technical\s+)?extension of the mandate\b"),
]
# "for a period of three years", "for a further period of one year", "for one year", "for a further three years",
# "for three more years", "for an additional two years"
# (also "for a further three-year period", "for a period of three (3) years", "for a term of three years", "for another
# three years", "by three years"; and in French or Spanish)
_PERIOD = re.compile(r"\b(?:for|by)\s+(?:(?:a|an)\s+(?:further\s+|new\s+|additional\s+)?(?:period|term)\s+of\s+|a\s+further\s+|"
                     r"an\s+additional\s+|another\s+|a\s+(?:new\s+)?(?=\w+-year))?"
                     r"(one|two|three|four|five|\d)(?:\s*\(\d\))?(?:\s+(?:further\s+|more\s+|additional\s+)?years?\b|"
                     r"-year\s+(?:period|term)\b)|"
                     # in French or Spanish: "pour une nouvelle période de trois ans", "por un período de tres años"
                     r"\b(?:pour|por)\s+(?:une?\s+(?:nouvelle\s+|nuevo\s+)?(?:p\u00e9riode|per\u00edodo|plazo)\s+(?:de\s+)?)?"
                     r"(un|deux|trois|quatre|cinq|uno|dos|tres|cuatro|cinco|\d)\s+(?:ans|a\u00f1os)\b")
_UNTIL = re.compile(rf"\buntil\s+({DATE_RE})")
_UNTIL_SESSION = re.compile(r"\buntil the (?:end|close) of (?:the|its) [a-z-]+ session\b")   # a session, no date


def mandate_actions(text: str, start: int = 0) -> list[MandateAction]:
    """What the text decides about the mandate, from ``start`` (the operative part) on."""
    out: list[MandateAction] = []
    for action, pat in _ACTIONS:
        for m in re.finditer(pat, text[start:]):
            a = start + m.start()
            end = text.find(";", a)
            end = len(text) if end < 0 else end
            dot = re.search(r"\.(?:\s|$)", text[a:end])
            end = a + dot.start() if dot and action != "extended" else end
            sent = text[a:end]
            period = until = None
            if action in ("created", "extended"):
                pm = _PERIOD.search(sent)
                n = pm and (pm.group(1) or pm.group(2))
                period = f"P{_WORDS.get(n, n)}Y" if pm else None
                um = _UNTIL.search(sent)
                until = parse_date(um.group(1)) if um else None
                if action == "extended" and not (period or until or _UNTIL_SESSION.search(sent)):
                    continue
            if any(x.action == action and x.period == period and x.until == until for x in out):
                continue
            out.append(MandateAction(action, period, until, (a, start + m.end())))
    return out


# "Requests the Independent Expert to", "Further requests the Working Group to", "Requests the Special Rapporteur
# on extreme poverty, in carrying out the mandate, to" (a topic with no "to" in it, one clause between commas)
# (also "Urges the Special Rapporteur to", "Calls upon the Working Group to"; and such a clause inside a paragraph,
# after a comma or semicolon: "17. Recognizes ..., and urges the Special Rapporteur to collaborate with ...")
# (also "Requests, in this regard, the special procedures, the Sub-Commission ... and the procedure ... to continue":
# all the mandates at once, with other bodies listed after them)
_REQ = re.compile(r"\b(?:(?:Also|Further|Again|also|further|again)\s+(?:also\s+|further\s+)?)?"
                  r"(?:[Rr]equests|[Uu]rges|[Cc]alls\s+(?:up)?on)(?:\s+(?:also|further))?(?:,\s+in this (?:regard|respect),)?\s+the\s+"
                  r"(?:Independent Expert|independent expert|Special Rapporteur|special rapporteur|[Mm]andate[- ]holders?|"
                  r"Working Group|working group|special procedures)\b(?:\s+on\s+(?:(?!\bto\b)[^,;:]){1,120}?)?"
                  r"(?:,?\s+(?:and\s+)?the\s+[A-Z](?:(?!\bto\b)[^,;:]){0,160}?)*"
                  r"(?:,\s*[^,;:]{1,120}?,)?\s*(:|to\b)")


_CLAUSE_OPEN = re.compile(r"[,;]\s+(?:and\s+)?$")
# a paragraph that sets up or renews a post with its list of tasks: "Decides to appoint, for a period of three years, a
# Special Rapporteur on ..., with the following tasks: (a) To ...", "Decides ... that the mandate holder shall have the
# following mandate:"
_DECIDES_TASKS = re.compile(r"\b(?:[Aa]lso\s+)?[Dd]ecides\b[^;]{0,400}?\b(?:Independent Expert|independent expert|Special Rapporteur|"
                            r"special rapporteur|[Mm]andate[- ]holder|Working Group|working group)\b[^;]{0,300}?"
                            r"\bthe following (?:tasks|mandate|functions|responsibilities)\s*(:)"
                            # or one that extends / renews a mandate and lists its tasks after a colon: "Decides to
                            # extend the mandate of the Special Rapporteur on ... for a period of three years:",
                            # "Decides to renew, for three years, the mandate of the Working Group ..., in order to:"
                            r"|\b(?:[Aa]lso\s+)?[Dd]ecides\s+to\s+(?:extend|renew|continue)\b[^;:]{0,200}?\bmandate\s+of\s+"
                            r"the\s+(?:Independent Expert|independent expert|Special Rapporteur|special rapporteur|"
                            r"Working Group|working group)\b[^;:]{0,300}?(:)")


# a copy that glues an operative paragraph's number to its verb: "1.Requests ...", "2.Decides ...", "3.Also urges ..."
_GLUED_VERB = r"(?=(?:(?:Also|Further|Again|Strongly)\s+)?[A-Z][a-z]{2,}(?:es|s)\s+[a-z])"


# a copy cut short after its first operative paragraph: "1.Decides ..." / "1. Requests ..." opening a line or
# following the preamble's last comma, the only one
_LONE_FIRST = re.compile(r"(?:(?<![^\n])|(?<=[,;:]\s))1\.\s*" + _GLUED_VERB)


def fragment_paras(text: str) -> list[tuple[int, int, int]]:
    """Numbered paragraphs of a page cut out of a resolution (a copy's page 4, whose first paragraph is not 1, or a
    copy whose numbers run into their verbs, see _GLUED_VERB): the
    longest run of consecutive numbers opening lines or following a paragraph's end ("...; 18. Welcomes ..."), at
    least two, or a lone paragraph 1 opening a line or after the preamble (a copy cut short, see _LONE_FIRST)."""
    # (a copy may open each paragraph with a quotation mark: '..., "1. Decides ...')
    heads = [(int(m.group(1) or m.group(2)), m.start(1) if m.group(1) else m.start(2)) for m in re.finditer(
        r"(?:(?:^|(?<=\n)|(?<=[;.:]\s))[ \t]*|(?<=\s)[\"\u201c])(\d{1,3})\.\s+(?=[A-Z])|"
        r"(?:^|(?<=\s))(\d{1,3})\." + _GLUED_VERB, text)]
    best: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for n, at in heads:
        run = run + [(n, at)] if run and n == run[-1][0] + 1 else [(n, at)]
        if len(run) > len(best):
            best = run
    if len(best) < 2 and not (best and best[0][0] == 1 and _LONE_FIRST.match(text, best[0][1])):
        return []
    ends = [at for _, at in best[1:]] + [len(text)]
    return [(n, at, end) for (n, at), end in zip(best, ends)]


def operative_requests(text: str, paras, items) -> list[tuple[str | None, str, tuple[int, int], int]]:
    """(letter, task text, span, paragraph) of each task the operative paragraphs give the
    mandate holder: "Requests the Independent Expert: (a) To ...; (b) To ..." or "... to ...", or "Decides to appoint
    ... a Special Rapporteur ..., with the following tasks: (a) To ..." (see _DECIDES_TASKS)."""
    out = []
    for num, s, e in paras:
        m = next((r for r in _REQ.finditer(text, s, e)
                  if r.start() - s <= 12 or _CLAUSE_OPEN.search(text, s, r.start())), None)
        if not m:                       # a paragraph opening "Decides ... with the following tasks:"
            m = next((r for r in _DECIDES_TASKS.finditer(text, s, e) if r.start() - s <= 12), None)
        if not m:
            continue
        its = [i for i in items.get(num, []) if i[1] >= m.end()]
        sep = next((g for g in m.groups() if g), None)
        if sep == ":" and its:
            for letter, a, b in its:
                out.append((letter, _clean(text[a:b]), (a, b), num))
        elif sep == "to":
            a = m.end() - 2
            b = text.find(";", a, e)
            b = e if b < 0 else b
            out.append((None, _clean(text[a:b]), (a, b), num))
    return out


def _clean(s: str) -> str:
    return " ".join(s.split()).rstrip(";,. ")
