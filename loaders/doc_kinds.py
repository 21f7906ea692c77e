"""What kind of UN text a document is, from what its text shows.

``classify(front, symbol) -> kind``: resolution, decision, report, ga-report, statement,
press-release or page (a text with no cue of any kind, an overview or a site's page, is a page: callers refuse a
text that is no UN text before they classify it). A scored decision, not the first
rule that matches: each cue found adds its weight to its kind (a text's own speech act, "made the
following statement", or a reference to "its resolution" from outside weigh most; site chrome such
as "Header image for news printout" least), twice when it is in the title and first lines; the
highest score wins, and of equal scores the cue nearest the top. ``front`` is the cleaned
text of the document's front matter (heading, note, summary: everything before paragraph 1,
or its first 3,000 characters).
"""
from __future__ import annotations

import re

from .doc_kind_cues import MORE_RULES, UN_SYMBOL_MARK
from .symbols import PRESS_SYMBOL

__all__ = ["KINDS", "classify", "looks_like_un_text"]

_TITLE = 300      # a cue in the title and first lines counts twice

KINDS = ("resolution", "decision", "report", "ga-report", "statement", "press-release", "page")

_PREAMBLE = (r"(?:Recalling|Reaffirming|Taking note|Taking into account|Welcoming|Noting|Bearing in mind|Acknowledging|"
             r"Recogni[sz]ing|Stressing|Emphasi[sz]ing|Guided by|Convinced|Concerned|Deeply concerned|Expressing|"
             r"Having considered|Mindful|Alarmed|Underlining|Affirming|Considering)")

_OPERATIVE = (r"(?:(?:Also|Further|Again|Strongly|Once again)\s+)?(?:Decides|Requests|Urges|Calls upon|Encourages|Invites|"
              r"Welcomes|Expresses|Reaffirms|Condemns|Recogni[sz]es|Acknowledges|Takes note|Thanks|Stresses|"
              r"Emphasi[sz]es|Underlines|Notes|Affirms|Commends|Appeals|Recommends|Approves|Endorses)")

_RULES = [
    ("decision", 4, r"\bDecision adopted by\b|^\s*(?:\S+\s+){0,40}?(?:S-)?\d{1,2}/1\d\d\s+(?!session)[A-Z][a-z]+ of the\b"),
    ("decision", 3, r"\bAt its \d{1,3}(?:st|nd|rd|th) (?:plenary )?meeting,\s+(?:held\s+)?on\s+\d{1,2} [A-Z][a-z]+ \d{4},\s+the "
                 r"[A-Z][\w ]{2,60}?,?\s+(?:[^.;]{0,300}?,\s+)?(?:decided|approved|endorsed|agreed)\b|"   # a decision told by its meeting
                 r"\bEconomic and Social Council decision (?:19|20)\d\d/\d{1,3}\b"),
    ("report", 5, r"\b(?:In|Under the terms of) paragraphs? [\d, and]+ of its resolution\b|\bbudget implications\b|"
               r"\bwill be (?:needed|required) (?:for|to cover)\b"),
    ("resolution", 4, r"\bResolution adopted by\b|\bResolution\s+(?:S-)?\d{1,4}/\d{1,4}\.|"
                   r"\bThe (?:Human Rights Council|Commission on Human Rights|General Assembly|Council) ?,\s+"
                   r"(?:[A-Z][a-z]+ing|Bearing|Guided|Taking|Having|Deeply|Recalling)|"
                   r"\d\s*/\s*\d{1,3}\s*\.\s*Mandate of\b|\b\d+\.\s*(?:Decides|Thanks|Requests)\b"),
    # two preambular clauses in a row, each opening with its participle ("Recalling ..., Taking note of ...,"): a
    # resolution's preamble, also a page of it cut out of a copy with no heading
    ("resolution", 3, rf"(?:^|[,;]\s+){_PREAMBLE}\b[^.;]{{10,600}},\s+{_PREAMBLE}\b"),
    # two numbered operative paragraphs in a row, each opening with its verb ("4. Urges all States ...; 5. Encourages
    # the Special Rapporteur ..."): a resolution's operative part, also a page of it cut out of a copy
    ("resolution", 4, rf"\b\d{{1,3}}\.\s+{_OPERATIVE}\b[^.]{{0,800}}?;\s+\d{{1,3}}\.\s+{_OPERATIVE}\b"),
    ("statement", 4, r"(?s)\A.{0,500}?(?:\bPreliminary (?:[Ff]indings|[Oo]bservations|[Cc]onclusions)|[:\u2013\u2014-]\s*preliminary (?:findings|observations)|"
                  r"\b[Ee]nd(?: of|-of)?[ -](?:[Vv]isit|[Mm]ission) [Ss]tatement|\bEND(?: OF|-OF)?[ -](?:VISIT|MISSION) STATEMENT|"
                  r"\bPRELIMINARY (?:FINDINGS|OBSERVATIONS|CONCLUSIONS))\b(?!\s*\((?:English|French|Spanish|Fran\u00e7ais|Espa\u00f1ol))|"   # a title,
                  r"\bStatements and speeches\b|"                                    # not a link further down;
                  r"\bStatements (?:Special Procedures|Human Rights Council|Multiple Mechanisms|Treaty [Bb]odies)\b"),  # a site's section
    ("statement", 3, r"(?s)\A.{0,200}?(?<![Oo]ne )(?<!\band )(?<!\bthe )(?<!\ba )(?<!\d )\b(?:Oral )?Statement by\b|"   # not "and One Statement by"                          # a title "Statement by NAME ...",
                  r"\A.{0,500}?\bStatement (?:to|at|before) the [\w -]{0,60}?[Ss]ession\b|"   # "Statement to the 8th session of ..."
                  r"\A.{0,500}?\b[Ss]ession\s*[-\u2013]\s*Statement by\b|"                   # "21st Session - Statement by ..."
                  r"\A\s*(?:[Jj]oint|[Oo]ral|[Ww]ritten) [Ss]tatement (?:on|by|of|to)\b|"             # "Joint statement on reports by ..."
                  r"\A.{0,200}?\bStatement (?:delivered|made|given|read(?: out)?|presented)\b(?:\s+[\w*-]+){0,3}?\s+"
                  r"(?:by|on behalf of)\b"),                               # "Statement delivered on behalf of all ..."
    # a speech's own labels and titles: "Check against delivery", "Statement of the Special Rapporteur on ... at the ...",
    # "Statement at the conclusion of the official visit to ...", "Opening remarks by ...", "Keynote speech by ..."
    ("statement", 4, r"\b(?i:check against delivery)\b|"
                  r"\A.{0,200}?\bStatement of (?:the )?(?:(?:UN|U\.N\.|United Nations) )?(?:Special Rapporteur|Independent Expert|Working Group|"
                  r"Chair|Special Representative)\b|"
                  r"\A.{0,200}?\bStatement at the (?:conclusion|end|close) of (?:the |his |her |its |their |an? )?(?:(?:official|country|"
                  r"academic|working|follow-up|fact-finding|first|second|\d{1,2}-day) ){0,3}(?:visit|mission)\b|"
                  r"\A.{0,200}?\b(?:(?:Opening|Closing|Welcome|Welcoming|Introductory|Concluding|Keynote) (?:[Rr]emarks|[Ss]peech|"
                  r"[Ss]tatement|[Aa]ddress)|Remarks|Speech|Oral (?:update|presentation|briefing)) (?:by|of|delivered by|to)\b"),
    # an end-of-visit statement's title: "Press statement of ... at the end of her visit to ...", "Observations at the end
    # of the official visit to ...", "Statement to the media by ..., on the conclusion of her official visit"
    ("statement", 4, r"(?s)\A.{0,300}?(?:\b(?:Statement|Observations|Remarks)\b[^.]{0,150}?\b(?:at|on|upon) the "
                  r"(?:end|conclusion|close) of (?:the |his |her |their |its |an? )?(?:(?:official|country|academic|working|"
                  r"fact-finding|follow-up|first|second|\d{1,2}-day) ){0,3}(?:visit|mission)\b|\b(?:Press [Ss]tatement|Statement to the (?:media|press))\b)"),
    # a speech's address to the chair and the room: "Madam Vice-President, Excellencies, Distinguished delegates, ..."
    ("statement", 4, r"\b(?:Mr\.?|Madam|Madame|Mister) (?:Vice-)?(?:President|Chair(?:person|man|woman)?|Co-Chairs?)\s*,\s*"
                  r"(?:Your |Their )?(?:Excellenc(?:y|ies)|Distinguished|Honou?rable|Ladies|Dear|Colleagues)\b"),
    ("statement", 6, r"\b(?:[Jj]oint )?[Ww]ritten statement (?:submitted|presented) by\b|"     # a written statement by NGOs,
                  r"\bnon-governmental organi[sz]ations? in (?:general|special) consultative status\b|"   # even when filed
                  r"\b[A-Z]/HRC/\d+/NGO/\d+"),                                      # under "Report of the ..."
    ("report", 2, r"\bDistr\.?:?\s*(?:General|GENERAL)\b|\bAddendum\b"),              # a Distr. line, an addendum
    # a report's cover copied without its Distr. line: the body and session, the agenda item, then the report's Summary
    ("report", 3, r"\A\s*(?:Human Rights Council|Commission on Human Rights|General Assembly)\s+(?:[A-Z][a-z]+-)?[A-Za-z]+ "
               r"session\b[\s\S]{0,120}?\b(?:Agenda item|Item) \d{1,3}\b[\s\S]{0,400}?\bSummary\b"),
    # the same cover in Spanish or French: "Distr. general" / "Distr. générale", "Adición" / "Additif", and its title
    # "Informe de la Relatora Especial ..." / "Rapport du Rapporteur spécial ..."
    ("report", 2, r"\bDistr\.?:?\s*(?:general|g\u00e9n\u00e9rale|limitada|limit\u00e9e|restringida)\b|\bAdici\u00f3n\b|\bAdditif\b|"
               r"\bInforme (?:del?|de la|anual|tem\u00e1tico)\b|\bRapport (?:du|de la|de l['\u2019]|annuel|th\u00e9matique)\b"),
    # a documents site's record of a UN document labels its type ("Document Type: Final Report")
    ("report", 4, r"\bDocument Type:\s*(?:Final |Draft )?Report\b"),
    ("resolution", 4, r"\bDocument Type:\s*(?:Final |Draft )?Resolution\b"),
    ("decision", 4, r"\bDocument Type:\s*(?:Final |Draft )?Decision\b"),
    # a report's own words of itself ("This report closes ...") or a cover's title naming a report
    ("report", 2, r"\b(?:This|In this) report\b|\bThis is the (?:[a-z]+ ){0,3}report (?:of|to|by|on)\b|\b(?:Communications|Annual|Joint|Final|Interim|Thematic|Progress|"
               r"Consolidated|Compilation)(?: [a-z]+)? report (?:of|on|to|by|submitted)\b"),
    ("report", 1, r"\bI\.\s+(?:Introduction|INTRODUCTION)\b"),     # a report's first chapter (a copy with no cover)
    # an overview page whose first sentence defines its title ("Working Groups The working groups of ... are ...")
    # (a title of capitalised words, no verb, then a first sentence whose subject repeats the title's first words)
    ("page", 2, r"\A\s*(?:Skip to main content\s+)?(?P<t>[A-Z][\w'-]+(?: [a-zA-Z][\w'-]+)?)"
             r"(?: (?:[A-Z][\w'-]*|of|the|and|on|in|for)){0,6}? (?i:(?:the )?(?P=t))\b[^.]{0,150}?\b(?:are|is)\b"),
    # a statement's title in another UN language: Arabic "the statement made by ...", French "Déclaration du/de la ...",
    # Spanish "Declaración del/de la ..."
    ("statement", 4, r"(?s)\A.{0,300}?(?:\u0627\u0644\u0628\u064a\u0627\u0646 \u0627\u0644\u0630\u064a (?:\u0623\u062f\u0644\u0649|\u0623\u062f\u0644\u062a) \u0628\u0647|"
                  r"\bD\u00e9claration (?:du|de la|de l['\u2019]|finale|liminaire|de fin de (?:mission|visite))\b|"
                  r"\bDeclaraci\u00f3n (?:del|de la|final|de fin de (?:misi\u00f3n|visita))\b|"
                  r"\b(?:Observaciones|Conclusiones) preliminares\b|\b(?:Observations|Conclusions) pr\u00e9liminaires\b|"
                  # the Spanish and French of "Statement at the end of the visit to ...": "Declaración al final de la visita",
                  # "Observaciones ... al término de su misión", "Déclaration à l'issue de sa visite", "... au terme de la mission"
                  r"\b(?:Declaraci\u00f3n|Observaciones|Conclusiones)\b[^.]{0,150}?\b(?:al (?:final|t\u00e9rmino|concluir)|a la "
                  r"(?:conclusi\u00f3n|finalizaci\u00f3n)) de (?:la|su|esta) (?:visita|misi\u00f3n)\b|"
                  r"\b(?:D\u00e9claration|Observations|Conclusions)\b[^.]{0,150}?\b(?:\u00e0 la (?:fin|cl\u00f4ture|conclusion)|"
                  r"au terme|\u00e0 l['\u2019]issue) de (?:la|sa|leur|cette) (?:visite|mission)\b|"
                  # and of "Observations on the visit": "Observaciones finales de la visita oficial", "Observations finales de la visite"
                  r"\b(?:Observaciones|Conclusiones) finales de (?:la|su) (?:visita|misi\u00f3n)\b|"
                  r"\b(?:Observations|Conclusions) finales de (?:la|sa) (?:visite|mission)\b)"),
    # an end-of-visit statement's first-person thanks to its host for the invitation, in English, Spanish or French:
    # "I thank the Government of X for inviting me", "My thanks go to the Government ... for inviting me", "Doy las gracias
    # al Gobierno de X por haberme invitado", "Je remercie le Gouvernement de X de m'avoir invit\u00e9e"
    ("statement", 4, r"\b(?:(?:I|We|Let me|Let us) (?:would like to |wish to |want to |must )?(?:first |sincerely |warmly |also )?thank|(?:I am|We are) "
                  r"(?:very |most |deeply )?grateful to|[Mm]y (?:sincere |warm )?(?:thanks|gratitude) (?:go|goes) to) the "
                  r"(?:Government|authorities)\b[^.]{0,150}?\b(?:invit|invitation)|"
                  r"\b(?:Doy las gracias|Agradezco|(?:Quisiera|Deseo|Quiero) agradecer)\b[^.]{0,40}?\b(?:Gobierno|autoridades)\b[^.]{0,150}?"
                  r"\b(?:haberme invitado|invitarme|invitaci\u00f3n)|"
                  r"\b(?:Je remercie|Je tiens \u00e0 remercier|Je (?:souhaite|voudrais) remercier)\b[^.]{0,40}?\b(?:Gouvernement|autorit\u00e9s)\b"
                  r"[^.]{0,150}?\b(?:m['\u2019]avoir invit\u00e9e?|invitation)"),
    # a speech in Spanish or French: its address to the room ("Señoras y señores", "Mesdames et Messieurs") or the
    # speaker's own close of the visit ("concluyo hoy mi visita", "je conclus aujourd'hui ma visite")
    ("statement", 4, r"\b(?:[Ss]e\u00f1oras y se\u00f1ores|Mesdames(?: et|,) Messieurs)\b|"
                  r"\b(?:[Cc]oncluyo|[Tt]ermino|[Ff]inalizo|[Cc]ulmino) (?:hoy |aqu\u00ed )?mi (?:visita|misi\u00f3n)\b|"
                  r"\b[Jj]e (?:conclus|termine|ach\u00e8ve) (?:aujourd['\u2019]hui )?ma (?:visite|mission)\b"),
    # an end-of-visit statement's first-person account of the visit: "I made an official visit to X from ... to ...",
    # "We carried out a country visit to X", "I undertook a mission to X"
    ("statement", 4, r"\b(?:I|We) (?:have )?(?:made|undertook|undertaken|conducted|carried out|paid|completed|concluded) "
                  r"(?:an?|my|our) (?:first |official |country |working |fact-finding |follow-up )*(?:visit|mission) to\b"),
    ("statement", 5, r"\b(?:made (?:this|the following) statement|(?:delivered|issued) the following statement|gave this statement)\b"),
    ("press-release", 2, r"\bPress releases?\b(?!\s*\((?:English|French|Spanish|Fran\u00e7ais|Espa\u00f1ol|Arabic|Russian|Chinese))|\b[A-Z]{3,}(?:/[A-Z]{3,})*\s*\(\d{1,2} [A-Z][a-z]+ \d{4}\)\s*(?:[-\u2013\u2014:]|(?=(?:The|A|An|UN|United) ))|\bENDS\b|"
                      r"\b(?:will|(?:is|are) (?:due |set |scheduled |expected )?to) (?:visit [A-Z]|"   # "is to make an official
                      r"(?:make|carry out|pay|conduct|undertake)\b.{0,80}\bvisit\b)|"                   # visit to ..."
                      r"[,.][\"\u201d]\s+(?:[A-Z][\w\u00c0-\u024f'-]+\s+){1,3}(?:said|added|stressed|noted|warned)\b|"  # '," Zongo said'

                      r"\b(?:Ending|Wrapping up|Closing) (?:his|her|an?) [\w -]{0,30}?visits?\b|"
                      r"\A\s*[A-Z][\w ]{1,40}['\u2019]s statement (?:on|at|to)\b|"                                  # a news item's byline
                      r"(?:^|\s)[A-Z][a-z]+(?: [A-Z][a-z]+)?, \d{1,2} [A-Z][a-z]{2,8}\.? \([^)]{2,40}\) [-\u2013]"),
    ("press-release", 1, r"\bPosts? [Tt]agged\b|\bTag Archives?\b|\bPosted (?:on|by|in)\b|"     # blog chrome
                         r"\bNews(?:Events)?\b|\bHeader image for news printout\b|\bPublished(?: in| on|:)\s"),  # site chrome
    ("press-release", 1, r"\b(?:UN|U\.N\.|United Nations) (?:[Hh]uman [Rr]ights (?:[Cc]ouncil )?|rights )?(?:[Ii]ndependent )?"
                         r"(?:[Ee]xperts?|Special Rapporteurs?)\b"),            # also "U.N. human rights council expert NAME"
    ("press-release", 2, r"\bthis (?:morning|afternoon|week)\b|"
                         r"\b(?:Council|Assembly|Commission) (?:Adopts|Appoints|Concludes|Closes|Opens|Extends|"
                         r"Holds|Renews|Establishes|Creates)\b|"   # a meeting summary's or news item's headline; lower-case
                         r"(?<![Tt]he )(?<![Tt]he Human Rights )(?<![Tt]he General )(?<!whom )(?<!which )"   # verbs too, but
                         r"\b(?:Council|Assembly|Commission) (?:adopts|appoints|concludes|closes|opens|extends|"   # not in prose
                         r"holds|renews|establishes|creates)\b"),     # ("the experts, whom the Council appoints")
    ("page", 3, r"\A(?:\s*Skip to main content)?\s*About [A-Z]"),              # an "About ..." page title
    ("press-release", 3, r"\b\d{1,3}(?:st|nd|rd|th)(?:\s*(?:&|and)\s*\d{1,3}(?:st|nd|rd|th))?\s+Meetings?\s*\((?:AM|PM)"
                         r"(?:\s*(?:&|and)\s*(?:AM|PM))?\)|(?<![\w/])" + PRESS_SYMBOL + r"(?![\w/])"),
                                                                       # UN meetings coverage: "21st & 22nd Meetings (AM & PM)"
    # a UN press briefing: "NAME, for the Information Service, chaired the briefing", "Points de presse"
    ("press-release", 3, r"\bchaired the (?:regular |bi-weekly |twice-weekly )?(?:press )?briefing\b|"
                         r"\b(?i:points? de presse)\b"),
    # a UN News story: the site's head ("Global perspective Human stories", "UN News Centre", "Noticias ONU", "ONU Info")
    # and a quotation given to its speakers in the third person ('...," the experts said', '...," she added')
    ("press-release", 3, r"\bGlobal perspective\s+Human stories\b|\bUN News(?: Centre| Service)?\b|\bNoticias ONU\b|"
                         r"\bONU Info\b|\bCentre d['\u2019]actualit\u00e9s de l['\u2019]ONU\b|\bCentro de Noticias ONU\b"),
    ("press-release", 2, r"[,.!?][\"\u201d]\s+(?:the (?:[\w-]+ ){0,3}(?:experts?|[Rr]apporteurs?|[Gg]roup|official|spokesperson)|he|she|they)"
                         r"\s+(?:said|added|stressed|noted|warned|urged|explained)\b"),
    # a news story's lede tying its news to a weekday: "experts who on Tuesday urged ...", "said on Friday"
    ("press-release", 2, r"\b(?:who|which|that|said|told|warned|urged|called|[a-z]+ed) (?:on|this|last) (?:Monday|Tuesday|Wednesday|"
                         r"Thursday|Friday|Saturday|Sunday)\b|\b(?:on|this|last) (?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                         r"Saturday|Sunday) (?:urged|called|said|warned|expressed|welcomed|condemned|asked)\b"),
    # the same quotation in French or Spanish: '... », a déclaré M. X', '... », ont-ils ajouté', '...”, dijo el experto'
    ("press-release", 2, r"[\u00bb\u201d\"]\s*,\s*(?:(?:a|ont) (?:d\u00e9clar\u00e9|ajout\u00e9|soulign\u00e9|indiqu\u00e9|affirm\u00e9|averti|"
                         r"estim\u00e9)|(?:a|ont)-t-(?:il|elle)s?\b|(?:dijo|dijeron|a\u00f1adi\u00f3|afirm\u00f3|se\u00f1al\u00f3|subray\u00f3|"
                         r"declar\u00f3|agreg\u00f3|advirti\u00f3|indic\u00f3)\b)"),
    # a news item's dateline with a French or Spanish date: "GINEBRA (9 de junio de 2031) –", "GENÈVE / DAKAR (1er mai 2031) –"
    ("press-release", 3, r"\b[A-Z\u00c0-\u00de]{3,}(?:[ /]+[A-Z\u00c0-\u00de]{2,})*\s*\(\d{1,2}(?:er)? (?:de )?(?:enero|febrero|marzo|"
                         r"abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre|janvier|f\u00e9vrier|mars|avril|mai|"
                         r"juin|juillet|ao\u00fbt|septembre|octobre|novembre|d\u00e9cembre) (?:de )?\d{4}\)\s*[-\u2013\u2014]"),
    ("press-release", 2, r"\bMeeting Summaries\b|"
                      r"\bPress Release\b(?!\s*\((?:English|French|Spanish|Fran\u00e7ais|Espa\u00f1ol|Arabic|Russian|Chinese))|"   # (not
                      r"\b(?i:press briefings?)\b|\b(?i:media advisor(?:y|ies))\b(?!\s*\((?:English|French|Spanish))|"
                      r"\b(?:Avis|Note) aux (?:m\u00e9dias|r\u00e9dactions)\b|\bAvisos? a los medios\b|"   # a link)
                      r"\([A-Z][A-Za-z ]+ Information Service\)"),
    # a call for input before a visit or a report: a page, though it tells of the visit to come ("will make a visit");
    # any case ("Call for Inputs"), also in French or Spanish ("Appel à contributions", "Convocatoria de aportes")
    ("page", 4, r"\b(?i:calls? for (?:inputs?|submissions|contributions|comments))\b|"
             r"\b(?i:appels? (?:\u00e0|a) (?:contributions|soumissions|commentaires))\b|"
             r"\b(?i:(?:convocatoria|llamado|llamamiento|solicitud) (?:a|de) (?:contribuciones|aportes|insumos|comentarios))\b"),
    ("page", 3, r"\bOverview of the mandate\b|\bIssued by\b|\bTerms of the mandate\b|"
             r"\bEvolution of the mandate\b|\bCalendar of (?:official )?(?:country )?visits\b|"   # a mandate's visit calendar
             r"\bOutstanding (?:visits|requests)\b"),
    ("press-release", 3, r"(?-i:\b[A-Z]{3,}(?: [A-Z-]{2,}){2,} (?:CLOSES|CONCLUDES|ADOPTS|OPENS|EXTENDS)\b)"),
    # an annual publication of a UN office, or a chapter of one: "UN HUMAN RIGHTS REPORT 2017", "OHCHR Report 2019"
    ("report", 3, r"\b(?:[A-Z]{2,} )*REPORT (?:19|20)\d\d\b|\b(?:Annual|Human Rights|OHCHR) Report (?:19|20)\d\d\b"),
    ("report", 3, r"(?-i:\bREPORT (?:ON|OF|TO) THE\b)|\bReport of the Human Rights Council\b|\b[Dd]raft report of the\b"),
                                                           # also a session report's cover "REPORT TO THE ECONOMIC AND SOCIAL COUNCIL"
    ("page", 2, r"\bIssued By:|\bDelivered To:|\bThematic [Rr]eports\b"),
    ("ga-report", 4, r"\bNote by the Secretary-General\b|\bThe Secretary-General has the honour\b"),
    ("report", 3, r"\bThe Secretariat (?:has the honour to (?:transmit|send|forward|submit)|transmits)\b"),        # a note by the Secretariat's words
    ("report", 2, r"\bReport of the\b|\bNote by the Secretariat\b|\b(?:[Tt]he|[Tt]his|[Oo]ur|[Hh]er|[Hh]is|[Ii]ts) present report\b|"
               r"\bNote by the (?:United Nations )?High Commissioner\b"),
    ("page", 2, r"\bAbout the mandate\b|\bCurrent mandate holder\b|\bPurpose of the mandate\b"),
    ("page", 1, r"\bmandate holders?\b"),
    # an information sheet saying what the post is ("A Special Rapporteur is an independent expert appointed ..."),
    # and a site's page titled with a report's year ("2020 report of the Working Group ...")
    ("page", 3, r"\bAn? (?:Special Rapporteur|Independent Expert|Working Group|special rapporteur|independent expert) "
             r"(?:is|are) an? (?:independent |human rights )*(?:expert|body|group)\b|"
             r"\A\s*(?:19|20)\d\d (?:annual |thematic )?report of the\b"),                 # also "appoints ... mandate holders" in a round-up
    ("page", 2, r"\A(?:\s*Skip to main content)?\s*(?:Country visits|Annual reports|Thematic reports|(?:English|French|Spanish|Arabic)(?:\s*\|\s*[^\s|]+)+)\s+"
             r"(?=[A-Z])|\bis the current (?:Independent Expert|Special Rapporteur)\b|\bterms of (?:his|her) mandate\b"),
    # a site's table of documents, its header row ("Year | Title | Document Symbol |")
    ("page", 3, r"(?i)\b(?:Year|Date|Title|Session)[ \t]*\|[ \t]*(?:[\w ]{1,30}\|[ \t]*)*(?:Document )?Symbol\b"),
    # the same header with a cell on each line, run together in the front ("Year Presented Document number"), or a
    # table of visits' reports ("Country and dates of mission", "Symbol and link to report", "Reports and documents of
    # completed country visits")
    ("page", 3, r"\b(?:Year|Date|Title|Session)\s+(?:[A-Z][a-z]+(?: [a-z]+)?\s+){0,4}(?:Document (?:[Ss]ymbol|[Nn]umber)|Symbol)\b|"
             r"\bCountry and dates of (?:the )?(?:missions?|visits?)\b|\bSymbol and link to (?:the )?reports?\b|"
             r"\bReports? and documents of (?:completed )?(?:country )?visits\b"),
    # a booklet or FAQ on a mandate: "An introduction to the mandate", questions as its headings ("What does a Special
    # Rapporteur do? ... Who holds the post now?")
    ("page", 3, r"\b[Aa]n introduction to the mandate\b|"
             r"(?:\b(?:What|Who|How|Why|Can|Does|Is|Where|When) [^.?!\n]{3,80}\?[\s\d]+){2}"),
    # a site's section and date line over its item: "Events - 30.09.2019"
    ("page", 3, r"(?:^|\s)Events?\s*[-\u2013|]\s*\d{1,2}[./]\d{1,2}[./]\d{4}\b"),
    # a news item's place dateline opening the text, one place or two: "GENEVA – The ...", "Geneva / Lome — During ...",
    # "NEW YORK - ..."; and its announcement of a press conference: "will give a media conference on 31 May"
    ("press-release", 3, r"\A\s*(?:[A-Z][A-Za-z\u00c0-\u024f'.-]+(?: [A-Z][A-Za-z\u00c0-\u024f'.-]+)?)"
                         r"(?:\s*/\s*[A-Z][A-Za-z\u00c0-\u024f'.-]+(?: [A-Z][A-Za-z\u00c0-\u024f'.-]+)?)*\s*[-\u2013\u2014]\s+[A-Z]"),
    ("press-release", 2, r"\b(?:will|to) (?:give|hold|present)\b[^.]{0,40}?\b(?:a |an )?(?:media|press|news) (?:conference|briefing)\b"),
    # a press release's label in French or Spanish ("Communiqué de presse", "Comunicado de prensa"), not a link to a
    # copy in that language ("Press release (French)")
    ("press-release", 3, r"\b(?:Communiqu\u00e9s? de presse|Comunicados? de prensa)\b(?!\s*\()"),
    # a UN country site's label over its item in the local language, opening the text: Russian "Press release",
    # Mongolian "Press news", Arabic "Press statement", Chinese "Press release": it outweighs the item's own title
    ("press-release", 5, r"\A\s*(?:\u041f\u0440\u0435\u0441\u0441-\u0440\u0435\u043b\u0438\u0437|"
                         r"\u0425\u044d\u0432\u043b\u044d\u043b\u0438\u0439\u043d \u043c\u044d\u0434\u044d\u044d|"
                         r"\u0628\u064a\u0627\u0646 \u0635\u062d\u0641\u064a|\u65b0\u95fb\u7a3f)\s"),
    # a press conference's announcement: "Press Conference Announcement", a title "OHCHR Press Conference (...)"
    ("press-release", 4, r"\b(?i:(?:press|media|news) (?:conference|briefing) announcements?)\b|"
                         r"\A\s*(?:[A-Z]{2,}\s+)?(?:Press|Media|News) [Cc]onference\b"),
    # a news item telling of a visit that ends or begins today, in the third person: "The Special Rapporteur ... ended
    # his first mission to the country today", "the expert concluded her official visit to ... today"
    ("press-release", 3, r"\b(?:ended|concluded|completed|wrapped up|began|started|opened|wound up) (?:his|her|their|its|an?) "
                         r"(?:[\w-]+ ){0,3}(?:mission|visit)\b[^.]{0,120}?\btoday\b"),
    # an announcement of a visit to come (a site may file it under "Statements"): its headline "UN expert on ... to
    # visit ...", "WORKING GROUP ... TO VISIT ...", "Independent Expert to undertake official visit to ..." (a report's
    # "the Special Rapporteur asked to visit ..." is no headline; its lead "will visit ..." is no cue: a report's
    # activities say so too). It outweighs the section label a site files it under ("Statements Special Procedures"),
    # not a call for input before the visit (a page).
    ("press-release", 5, r"\A(?!.{0,400}?\b(?i:calls? for (?:inputs?|submissions|contributions))\b).{0,300}?\b(?:[Ee]xperts?|EXPERTS?|[Rr]apporteurs?|RAPPORTEURS?|[Ww]orking [Gg]roup|WORKING GROUP|"
                         r"Representative|REPRESENTATIVE)\b(?:\s+(?!(?i:asked|invited|requested|wish(?:es|ed)?|hoped?|hopes|"
                         r"plans?|planned|intends?|intended|would|like|able|unable|allowed|permission|him|her|them|me|us|has|had|"
                         r"have|was|were|is|are|been|who|which|that|sought|seeks?|wants?|wanted|agreed|decided|ready|willing|"
                         r"opportunity|chance|invitation|continues?|expects?|expected)\b)[\w'-]+){0,12}?\s+(?:to visit|TO VISIT|"
                         r"(?:to|TO) (?i:undertake|pay|conduct|make) (?i:(?:an?|official|country|fact-finding|first|working|"
                         r"follow-up) )*(?i:visit|mission) (?i:to))\s+(?:the\s+|THE\s+)?[A-Z]"),
    # a UN Information Centre's news item names the centre ("UNIC Yaound\u00e9 supported the visit", "the United Nations
    # Information Centre in Lima"), in English, French or Spanish; a country team's news item its team
    ("press-release", 2, r"(?<![\w/])UNIC(?![\w/])|\b(?:United Nations|UN) Information Cent(?:re|er)\b|"
                         r"\bCentre d['\u2019]information des Nations Unies\b|\bCentro de Informaci\u00f3n de las Naciones Unidas\b"),
    ("press-release", 1, r"\b(?:United Nations|UN) [Cc]ountry [Tt]eam (?:in|of|for) [A-Z]|\b\u00c9quipe de pays des Nations Unies\b|"
                         r"\bEquipo de pa\u00eds de las Naciones Unidas\b"),
    # a visit told in the third person, as news tells it: French "s'est rendu(e) \u00e0/en ...", Spanish "se traslad\u00f3 a",
    # and the expert's findings given at a press conference: "presented her preliminary observations at a press
    # conference", "a pr\u00e9sent\u00e9 ses observations pr\u00e9liminaires lors d'une conf\u00e9rence de presse"
    ("press-release", 2, r"\bs['\u2019]est rendue? (?:\u00e0|au|aux|en)\s|\bse traslad\u00f3 (?:a|al)\s|"
                         r"\b(?:presented|shared|gave) (?:his|her|its|their) preliminary (?:findings|observations|conclusions)\b"
                         r"[^.]{0,60}?\bat a (?:press conference|news conference)\b|"
                         r"\ba (?:pr\u00e9sent\u00e9|partag\u00e9) ses (?:observations|conclusions) pr\u00e9liminaires\b[^.]{0,60}?\bconf\u00e9rence de presse\b|"
                         r"\bpresent\u00f3 sus (?:observaciones|conclusiones) preliminares\b[^.]{0,60}?\bconferencia de prensa\b"),
    # a release's dateline in French or Spanish: "GEN\u00c8VE (12 mai 2031) \u2013", "GINEBRA (3 de mayo de 2031) \u2013",
    # "DAKAR / GEN\u00c8VE (1er juin 2031) -"
    ("press-release", 2, r"\b[A-Z\u00c0-\u00dd]{3,}(?:\s?/\s?[A-Z\u00c0-\u00dd]{3,}| [A-Z\u00c0-\u00dd]{3,})*\s*\(\d{1,2}(?:er)? (?:de )?"
                         r"(?:janvier|f\u00e9vrier|mars|avril|mai|juin|juillet|ao\u00fbt|septembre|octobre|novembre|d\u00e9cembre|"
                         r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?tiembre|octubre|noviembre|diciembre) (?:de )?\d{4}\)\s*[-\u2013\u2014]"),
    # a report's mission addendum by its title alone ("Mission to Canada" at the head, no cover), a copy of its summary
    ("report", 2, r"\A.{0,80}?\bMission to (?:the )?[A-Z]"),
    # a news item on a visit under way: "the expert ... is visiting the country from 14 to 24 April"
    ("press-release", 2, r"\b(?:is|are) (?:visiting|currently visiting|on an? (?:official |country |working |\w+ )?visit to)\b"),
]

_RULES += MORE_RULES

_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]{0,1500}[\"\u201d]")
_FIRST_PERSON = re.compile(r"\b(?:I|my|me)\b|\bI'm\b")
_REPORTED = re.compile(r"\b(?:he|she|[A-Z][a-z]+)\s+(?:said|told|added|stressed|noted|warned|presented|gave)\b|"
                       r"\b(?:said|told)\s+(?:the\s+)?[A-Z]")


def _voice(front: str) -> str | None:
    """Who speaks, outside quotations: "statement" for a text in the first person ("I am honoured ..."),
    "reported" for one that reports a speaker in the third person ("he told the Council"): not a statement."""
    plain = _QUOTED.sub(" ", front)
    first, reported = len(_FIRST_PERSON.findall(plain)), len(_REPORTED.findall(plain))
    if first >= 2 and first > reported:
        return "statement"
    if reported >= 2 and not first:
        return "reported"
    return None


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATELINE = re.compile(rf"(?<!\bon )(?<!\bof )(?<!\bin )(?<!\bby )(?<!\bto )(?<!\bfrom )(?<!\band )(?<!,)"
                       rf"(?:^|(?<=\s))(?:{_MONTHS} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTHS} \d{{4}})\s+(?=[A-Z])")
_SPEECH = re.compile(r"\b(?:said|told|warned|stressed|noted|added|spoke|urged|explained|argued|pointed out)\b")


def _news_post(front: str) -> bool:
    """A news or blog post: a dateline near the top (a date standing alone before the text: "October 18, 2019 This
    week ...") and speech reported in the third person outside quotations ("Bachelet ... warned that")."""
    plain = _QUOTED.sub(" ", front)
    return bool(_DATELINE.search(front[:2 * _TITLE])) and bool(_SPEECH.search(plain)) \
        and len(_FIRST_PERSON.findall(plain)) < 2


def _visit_list(front: str) -> bool:
    """A list of country visits, each a country then its dates ("Honduras 23-27 May 2016 ... Ukraine 8-18 September 2015")."""
    from .un_dates import find_ranges
    from .visits import heading_country
    return sum(bool(heading_country(front, r.span[0])) for r in find_ranges(front)) >= 2


_SITE_CHROME = re.compile(r"\s*(?:Skip to (?:main )?content\b|English Site\s+French Site\b|dcsimg\b)")   # also the old ohchr.org language bar and its "dcsimg" head
# a GA report's own cover transmits it; a UN site's page about the report shows it as labelled fields
# ("Symbol Number" / "A/75/180", "presented to" / "75th session of the GA"), though it may name the Secretary-General
_TRANSMITTAL = re.compile(r"\bNote by the Secretary-General\b|\bThe Secretary-General has the honour\b")
_PAGE_LABELS = re.compile(r"\b(?:Symbol Number|Issued [Bb]y:|Delivered [Tt]o:|UN symbol)(?!\w)|"
                          # a site's own words about a report it shows: "presented this report to the Council", "it can be
                          # read in six languages here", "available in all official languages", "Download the full report"
                          r"\b(?:presented|submitted) this report to the\b|"
                          r"\b(?:can|may) be (?:read|downloaded|consulted|found|accessed) in (?:all |the )?(?:six|\d|official|UN)\b"
                          r"[\w ]{0,30}?\blanguages\b|\bavailable in (?:all |the )?(?:six |6 )?(?:official )?(?:UN )?languages\b|"
                          r"\b(?:Download|Read) the (?:full )?report\b|\bRelated documents\b|"
                          r"\bLanguages?:\s*(?:English|Fran\u00e7ais|Espa\u00f1ol|Arabic)\s*\||\bdisponible (?:dans|en) (?:toutes les |todos los |les |los )?(?:six |seis |6 )?"
                          r"(?:langues officielles|idiomas oficiales)\b|\bReport [Ss]ymbol\b|\bSubmitting bod(?:y|ies)\b")
# what makes a text in the first person a statement: a speech's address or label, an end-of-visit statement's
# opening; without it, a dated first-person text is a post (a blog), an undated one on a UN site a page (a letter)
_STATEMENT_FRAME = re.compile(r"\b(?:[Ss]tatements?|STATEMENT|Excellenc(?:y|ies)|Distinguished (?:delegates|guests|participants|members)|"
                              r"Mr\.? President|Madam President|Mr\.? Chair|Madam Chair|[Ll]adies and [Gg]entlemen|"
                              r"Delivered by|[Ss]peech|[Rr]emarks|[Pp]reliminary (?:findings|observations)|"
                              r"[Tt]oday I (?:end|conclude|close|am concluding)|I (?:end|conclude) (?:my|today)|"
                              r"my (?:[\w-]+ ){0,3}(?:visit|mission)\b|"
                              r"(?:at|to) the (?:end|conclusion|close) of (?:my|the|this|our) (?:[\w-]+ ){0,3}(?:visit|mission)\b|"
                              r"\bI have (?:just |now )?(?:concluded|completed|ended|finished) (?:an?|my|this) (?:[\w-]+ ){0,3}(?:visit|mission)\b|"
                              r"\bfor (?:the|your|their|its) invitation to visit\b|\bfor (?:inviting|having invited) me\b)")


# a first-person post telling news of the last days: "yesterday the Mission confirmed", "last Friday we were told"
_NEWS_DAYS = re.compile(r"\b(?:[Yy]esterday|[Ll]ast (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week))\b")


def _first_person_kind(front: str) -> str:
    """The kind a first-person text leans to (see _STATEMENT_FRAME)."""
    if _STATEMENT_FRAME.search(front):
        return "statement"
    if _DATELINE.search(front[:2 * _TITLE]) or _NEWS_DAYS.search(front):
        return "press-release"
    return "page" if _SITE_CHROME.match(front) else "statement"


# a report's symbol (a Council, Commission or Assembly document, not a resolution, decision, draft or NGO statement) and
# a numbered paragraph of a report's prose ("47. The Special Rapporteur has visited ...", "11. During the period ...",
# "1. By resolution 2001/57 the Commission ...")
_REPORT_SYMBOL = re.compile(r"(?:A/HRC|E/CN\.4(?:/Sub\.2)?|A)/(?:S-)?\d{1,4}/\d{1,4}(?:/(?:Add|Corr|Rev)\.\d{1,3})*")
_REPORT_PARA = re.compile(r"(?<!\bpara\.\s)(?<!\bparas\.\s)(?<!\bparagraph\s)(?<!\bNo\.\s)(?:^|(?<=\s))\d{1,3}\.\s+(?:(?:The|In|During|Since|At|On|As|Under|Following|"
                          r"Pursuant|This|Its|Her|His|Over|Between|From|By|Through|With|After|Upon|According|Having|"
                          r"Within|Further)\s|"
                          r"[A-Z][a-z]+(?:\s+[a-z]{2,}){3})")      # any sentence of prose: "20. So far in his mandate"


def _report_body_kind(front: str, symbol: str | None) -> str | None:
    """"report" or "ga-report" for a text under a report's own symbol whose front runs into the report's numbered
    paragraphs (a page of a report cut out of a copy, with no cover), unless a site's chrome or labels frame it."""
    if not symbol or not _REPORT_SYMBOL.fullmatch(symbol) or _SITE_CHROME.match(front) or _PAGE_LABELS.search(front) \
            or not _REPORT_PARA.search(front):
        return None
    return "ga-report" if re.match(r"A/\d", symbol) else "report"


# a decision's own heading: "Decision 5/104. Title ..." on a line of its own near the top (a resolution's text opens
# "Resolution 5/4. Title"; a text headed by a decision's number and title is that decision, whatever its preamble)
_DECISION_HEAD = re.compile(r"(?m)^[ \t\"\u201c]*Decision\s+(?:(?:S-)?\d{1,2}|(?:19|20)\d\d)/\d{1,3}\.\s+[A-Z]")
_RESOLUTION_HEAD = re.compile(r"(?m)^[ \t\"\u201c]*Resolution\s+(?:S-)?\d{1,4}/\d{1,3}\.\s+[A-Z]")


# an agenda item's title right after its label ("Agenda item 2 Annual report of the United Nations High Commissioner
# ...", "Item 3 of the provisional agenda Report of ..."): in a text headed "Resolution adopted by ..." it is the item's
# heading, not a cue that the text is a report (in a report's cover the title after the label may be its own: "Agenda
# item 3 Joint communications report of ...")
_AGENDA_TITLE = re.compile(r"\b(?:Agenda item|Item)\s+\d{1,3}(?:\s*\([a-z]\))?(?:\s+of the (?:provisional )?agenda)?\s+"
                           r"(?:[A-Z][\w-]*\s+)?\Z")


# a body's act in a relative clause of prose is no headline: "an expert whom the United Nations Human Rights Council
# appoints", "the mandate, which the Commission renews each year"
_BODY_ACTS = re.compile(r"(?:Council|Assembly|Commission) [a-z]+s\b")
_RELATIVE_BEFORE = re.compile(r"\b(?:whom|which|that)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,5}$")


def classify(front: str, symbol: str | None = None) -> str | None:
    """The document kind (see KINDS)."""
    if _DECISION_HEAD.search(front, 0, _TITLE) and not _RESOLUTION_HEAD.search(front) and not _PAGE_LABELS.search(front):
        return "decision"
    if symbol and not _PAGE_LABELS.search(front):      # (a UN site's page about the document: see below)
        if "/RES/" in symbol:
            return "resolution"
        if "/DEC/" in symbol:
            return "decision"
        if "/NGO/" in symbol:               # A/HRC/15/NGO/12: a written statement by NGOs
            return "statement"
        if re.fullmatch(r"A/\d{2,3}/\d+.*", symbol) and re.search(r"Secretary-General", front) and \
                not _PAGE_LABELS.search(front) and (_TRANSMITTAL.search(front) or not _SITE_CHROME.match(front)):
            return "ga-report"
    score: dict[str, float] = {}
    first: dict[str, int] = {}
    adopted_act = re.search(r"\b(?:Resolution|Decision) adopted by\b", front)
    for kind, weight, pat in _RULES:
        m = next((m for m in re.finditer(pat, front)
                  if not (kind == "report" and adopted_act and _AGENDA_TITLE.search(front, 0, m.start()))
                  and not (kind == "press-release" and _BODY_ACTS.match(m.group(0))
                           and _RELATIVE_BEFORE.search(front, max(0, m.start() - 80), m.start()))), None)
        if m:
            score[kind] = score.get(kind, 0) + weight * (2 if m.start() < _TITLE else 1)
            first[kind] = min(first.get(kind, m.start()), m.start())
    voice = _voice(front)
    if voice == "statement":
        kind = _first_person_kind(front)
        score[kind] = score.get(kind, 0) + 3
        first.setdefault(kind, len(front))
    elif voice == "reported":         # it reports a speaker: it is not the statement itself
        score.pop("statement", None)
        score["press-release"] = score.get("press-release", 0) + 1
        first.setdefault("press-release", len(front))
    if _news_post(front):
        score["press-release"] = score.get("press-release", 0) + 2
        first.setdefault("press-release", len(front))
    if _visit_list(front):
        score["page"] = score.get("page", 0) + 2
        first.setdefault("page", len(front))
    body = _report_body_kind(front, symbol)
    if body:                          # a report's own numbered paragraphs under its own symbol: a page cut out of it
        score[body] = score.get(body, 0) + 5
        first.setdefault(body, len(front))
    if _PAGE_LABELS.search(front):    # a UN site's page about a document: the document's title (its "Report of",
        for k in ("report", "ga-report", "resolution", "decision"):   # "Note by the Secretary-General", "Resolution
            # adopted by") tells what it is about, not what it is
            score.pop(k, None)
        score["page"] = score.get("page", 0) + 2
        first.setdefault("page", len(front))
    if not score:                     # a UN text with nothing else to tell (an overview, a site's page): a page
        return "page"
    kind = max(score, key=lambda k: (score[k], -first[k]))
    if kind == "report" and symbol and _GA_DOC_SYMBOL.fullmatch(symbol) and not _OFFICIAL_RECORDS.search(front):
        return "ga-report"            # a report under the General Assembly's own series "A/72/165", on a copy too
    if kind == "report" and not symbol and (_TO_THE_ASSEMBLY.search(front) or _assembly_cover(front)) \
            and not _OFFICIAL_RECORDS.search(front):
        return "ga-report"            # a report that says it goes to the General Assembly, on a copy with no symbol
    return kind


# a body's report printed in the Assembly's Official Records ("Supplement No. 53", the Council's report) is no
# special procedure's report to the Assembly
_OFFICIAL_RECORDS = re.compile(r"\bOfficial Records\b[\s\S]{0,400}?\bSupplement No\.|\bSupplement No\.\s*\d")
# a report's own words that it goes to the Assembly: "This report is submitted to the General Assembly pursuant to ...",
# "The present interim report, submitted to the General Assembly in accordance with ..."
# (or names its addressee right after it: "This report to the General Assembly is the second of ...", "The present
# annual report to the General Assembly covers ...")
_TO_THE_ASSEMBLY = re.compile(r"\b(?:This|The present|this|the present) (?:[a-z]+ )?report\b,?(?:(?:\s+(?:is|was|has been|, which is))?"
                              r"\s+(?:submitted|presented|transmitted|addressed)|\s+(?:made|sent)?)\s*to the General Assembly\b")
# an Assembly cover's head: "General Assembly Seventy-seventh session", or the Assembly's agenda item "Item 69 (b) of
# the provisional agenda" (the Council writes "Agenda item 3"; the Commission's items stopped near 20)
_ASSEMBLY_SESSION = re.compile(r"\bGeneral Assembly\s+(?:[A-Z][a-z]+-)?[A-Za-z]+ session\b")
_ASSEMBLY_ITEM = re.compile(r"\bItem (\d{2,3})(?: \([a-z]\))? of the provisional agenda\b")


def _assembly_cover(front: str) -> bool:
    head = front[:_TITLE]
    if re.search(r"\b(?:Commission on Human Rights|COMMISSION ON HUMAN RIGHTS|Economic and Social Council|Human Rights "
                 r"Council|HUMAN RIGHTS COUNCIL)\b", head):
        return False
    m = _ASSEMBLY_ITEM.search(head)
    return bool(_ASSEMBLY_SESSION.search(head) or (m and int(m.group(1)) >= 25))


_GA_DOC_SYMBOL = re.compile(r"A/\d{2,3}/\d{1,5}(?:/(?:Add|Corr|Rev)\.\d{1,3})*")


_UN_MARKS = re.compile(r"\b(?:United Nations|Human Rights Council|Commission on Human Rights|General Assembly|"
                       r"Special Rapporteur|Independent Expert|OHCHR|Special Procedures|Secretary-General|"
                       r"special procedures|Economic and Social Council|(?:First|Second|Third|Fourth|Fifth|Sixth) Committee \(|"
                       r"(?<![\w/])" + PRESS_SYMBOL + r")\b", re.I)
# (a UN press release's symbol and a Main Committee "(Economic and Financial)" mark a UN text that names no other body)


def looks_like_un_text(text: str) -> bool:
    """Whether the text names a UN body or post at all (a recipe or a novel does not)."""
    return bool(_UN_MARKS.search(text) or UN_SYMBOL_MARK.search(text) or re.search(r"\b(?:UN|U\.N\.) (?:human rights |rights )?(?:[Ee]xpert|Independent|Special)", text))
