"""More cues of a document's kind (see doc_kinds): forms of UN text met beyond the first two mandates.

Each is (kind, weight, pattern), scored as doc_kinds._RULES are (twice in the title and first lines).
"""
from __future__ import annotations

import re

from .segments import COMMENT_LINES

_VISIT = r"(?:an?|his|her|their|its) (?:(?:official|country|working|fact-finding|follow-up|first|second|\d{1,2}-day) ){0,3}(?:visit|mission)"

MORE_RULES = [
    # a news item announcing a visit to come: "NAME, the Representative ..., will go on an official mission to X",
    # "the expert will undertake a mission to X"; French "effectuera une visite officielle en X", Spanish "realizará una
    # visita oficial a X"
    ("press-release", 2, rf"\bwill (?:go on|set out on) {_VISIT} to (?:the )?[A-Z]|"
                         r"\b(?:will|(?:is|are) (?:due |set |scheduled |expected )?to) (?:undertake|carry out|conduct|make|pay|begin|start) (?:an?|his|her|their|its) "
                         r"(?:(?:official|country|working|fact-finding|follow-up|first|second|\d{1,2}-day) ){0,3}mission to (?:the )?[A-Z]|"
                         r"\bse rendra (?:en|au|aux|\u00e0) [A-Z\u00c0-\u00de]|\b(?:visitar\u00e1|viajar\u00e1 a) (?:el |la |los )?[A-Z\u00c0-\u00de]|"
                         r"\b(?:effectuera|entreprendra|commencera) une (?:(?:visite|mission)(?: officielle)?)\s+(?:en|au|aux|\u00e0)\s|"
                         r"\b(?:realizar\u00e1|efectuar\u00e1|emprender\u00e1|iniciar\u00e1) una (?:visita|misi\u00f3n)(?: oficial)?\s+(?:a|al|en)\s"),
    # a quotation given to its speaker in French with the comma inside the quotation marks: '..., » a déclaré la
    # Rapporteuse', '..., » a-t-elle ajouté', also '...» ont-ils souligné'
    ("press-release", 2, r",?\s*[\u00bb\u201d\"]\s*(?:(?:a|ont) (?:d\u00e9clar\u00e9|ajout\u00e9|soulign\u00e9|indiqu\u00e9|affirm\u00e9|"
                         r"averti|estim\u00e9|expliqu\u00e9|pr\u00e9cis\u00e9)\b|(?:a|ont)-t-(?:il|elle)s?\s+[a-z\u00e0-\u00ff]+\b)"),
    # a news headline's words for a UN official: "UN envoy hopes ...", "U.N. rights chief warns ...", "UN aid official says"
    ("press-release", 2, r"\b(?:UN|U\.N\.) (?:(?:rights|human rights|humanitarian|aid|special|top|refugee) )?(?:envoys?|chief|official)\b"),
    # a report's page that opens on its executive summary (a page cut out of a report, its symbol in the running head)
    ("report", 3, r"\A\s*(?:Executive [Ss]ummary|EXECUTIVE SUMMARY)\b"),
    # a report's first chapter heading, in Roman numerals, then its first numbered paragraph: "I. Context and purpose of
    # the mission 1. Under its mandate ...", "I. INTRODUCTION 1. The Special Rapporteur ..."
    ("report", 3, r"(?:^|\s)I\.\s+[A-Z][\w,'()-]*(?: [\w,'()-]+){0,9}\s+1\.\s+[A-Z][a-z]+ "),
    # an expert body's note or report on its country engagement: "ADVISORY NOTE", "Advisory note on ..."
    ("report", 2, r"\b(?:ADVISORY NOTE|Advisory [Nn]ote (?:on|of|to|following)\b)"),
    # a report's cover in Russian: its title "Доклад Специального докладчика ..." / "Доклад, представленный ...", its
    # agenda item "Пункт 3 повестки дня", an addendum "Добавление"
    ("report", 3, r"\b\u0414\u043e\u043a\u043b\u0430\u0434\b|\b\u041f\u0443\u043d\u043a\u0442 \d{1,3}(?:\s*\([a-z\u0430-\u044f]\))? "
               r"(?:\w+ )?\u043f\u043e\u0432\u0435\u0441\u0442\u043a\u0438 \u0434\u043d\u044f\b|\b\u0414\u043e\u0431\u0430\u0432\u043b\u0435\u043d\u0438\u0435\b"),
    # an end-of-visit summary of preliminary or provisional recommendations in its title, in English, Spanish or French
    # ("Summary of preliminary recommendations", "Resumen de recomendaciones provisionales", "Recommandations
    # préliminaires"): what an expert gives out at the close of a visit, before the report
    ("statement", 4, r"(?s)\A.{0,500}?\b(?:(?:[Pp]reliminary|[Pp]rovisional) [Rr]ecommendations|"
                     r"[Rr]ecomendaciones (?:preliminares|provisionales)|[Rr]ecommandations (?:pr\u00e9liminaires|provisoires))\b"),
]


# a UN document's own symbol marks a UN text that names no body or post in words (a report's page under its running
# head "E/CN.4/2004/3/Add.3", its Working Group named only)
UN_SYMBOL_MARK = re.compile(r"(?<![\w/])(?:A/HRC|E/CN\.4(?:/Sub\.2)?|A/(?:C\.\d/)?\d{2,3}|E/(?:19|20)\d\d)/\d{1,4}\b")


# a page of a report under its running head, the report's symbol on a line, then its page number on the next
# ("E/CN.4/2003/5/Add.1" / "page 4", "A/HRC/7/3/Add.6" / "Page 2", Spanish "página 3"): a page cut out of the report
_HEAD_SYMBOL = r"(?:A/HRC|E/CN\.4(?:/Sub\.2)?|A)/(?:S-)?\d{1,4}/\d{1,4}(?:/(?:Add|Corr|Rev)\.\d{1,3})*"
_HEAD_PAGE = r"(?:[Pp]age|P\u00e1gina|p\u00e1gina)[ \t]+\d{1,3}"
# (or the page number first, on an even page's head: "page 4" / "E/CN.4/2003/5/Add.1")
_RUNNING_HEAD = re.compile(rf"\A\s*(?:{_HEAD_SYMBOL}[ \t]*\n[ \t]*{_HEAD_PAGE}|{_HEAD_PAGE}[ \t]*\n[ \t]*{_HEAD_SYMBOL})[ \t]*\n")
# a site's list of reports: two or more headings "Mission to X" on lines of their own, each a short entry
_MISSION_HEADS = re.compile(r"(?m)^[ \t]*Mission to (?:the )?[A-Z][^\n.]{0,60}$")


def kind_from_layout(src: str, kind: str | None, symbol: str | None = None) -> str | None:
    """The kind the source's line layout tells, which the segmented text has lost: a report's page under its running
    head is a report (its body then tells no more); a list of mission headings is a site's page; else kind."""
    src = src[COMMENT_LINES.match(src).end():]
    if kind == "page" and _RUNNING_HEAD.match(src):
        return "ga-report" if symbol and re.match(r"A/\d", symbol) else "report"
    if kind == "report" and len(_MISSION_HEADS.findall(src[:3000])) >= 2 and not re.search(r"\bDistr\b|\bAddendum\b", src[:3000]):
        return "page"
    return kind
