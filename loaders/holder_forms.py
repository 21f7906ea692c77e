"""Forms of text that name a mandate holder without the post's words next to the name (used by ``people.py``):

- a Working Group report's officer label: "Chair-Rapporteur: NAME", "Chairperson/Rapporteur: NAME", and a bare
  "Chairperson: NAME" when the title before it is a Working Group's;
- a page heading over a name alone: "Former mandate holder" / "Current Special Rapporteur", then "Ms. NAME (Country)";
- a release's speaker for the experts as a body: "NAME said for the group ...", "NAME, speaking on behalf of the
  special procedures ...", in a text about special procedures experts.
"""
from __future__ import annotations

import re
import unicodedata
from .name_titles import OPT_TITLE_GLUED

_TITLE = OPT_TITLE_GLUED
_CHAIR = r"Chair(?:person|man|woman)?"
CHAIR_LABEL = re.compile(
    rf"\b{_CHAIR}(?:\s*[-/\u2013]\s*|\s+and\s+)Rapporteur\s*:\s*{_TITLE}$"
    rf"|\bWorking Group\b[^.;:]{{0,250}}\b{_CHAIR}\s*:\s*{_TITLE}$"
    rf"|\b{_CHAIR}(?:\s*[-/]\s*Rapporteur)?\s+of\s+the\s+(?:United Nations\s+|UN\s+)?Working Group\b[^.;:]{{0,200}},\s*{_TITLE}$")

# a chair of a body that is not a special procedure (a forum, an intergovernmental or open-ended working group, a
# seminar, the Expert Mechanism): "Report of the 2030 Social Forum ... Chairperson-Rapporteur: NAME" is no holder
NOT_SP_BODY = re.compile(r"\b(?:Forum|[Ii]ntergovernmental|[Oo]pen-ended|Seminar|Workshop|Expert Mechanism|Consultation)\b")

_HEADING = re.compile(r"(?:(?:Current|Former|Previous|Past|Present|Outgoing|New)\s+)?"
                      r"(?:[Mm]andate[- ][Hh]olders?|Special Rapporteurs?|Independent Experts?)"
                      r"(?:\s+\((?:19|20)\d\d\s*[-\u2013]\s*(?:(?:19|20)\d\d)?\))?\s*:?")
_NAME_LINE = re.compile(rf"{_TITLE}(?P<name>[^\W\d_][\w.'\u2019 -]{{2,60}}?)\s*(?:\([^()]{{2,40}}\))?"
                        r"(?:\s*\((?:19|20)\d\d\s*[-\u2013]\s*(?:(?:19|20)\d\d)?\))?"
                        # its term after a comma: "NAME (Country), since 2030", "NAME (Country), 2024-2030"
                        r"(?:\s*,\s*(?:since\s+)?(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:(?:19|20)\d\d|present))?)?\s*")

_SPEAKS_FOR = re.compile(r"\s*,?\s+(?:said|stressed|noted|added|declared|stated|told\s+[\w ]{1,30}?)\s+(?:for|on behalf of)\s+"
                         r"(?:the|all|his|her|their)\s+(?:[\w'-]+\s+){0,6}?(?:group|experts|special procedures|"
                         r"mandate[- ]holders|colleagues|Coordination Committee)\b"
                         r"|\s*,\s*speaking\s+(?:for|on behalf of)\s+(?:the|all|his|her|their)\s+(?:[\w'-]+\s+){0,6}?"
                         r"(?:group|experts|special procedures|mandate[- ]holders|colleagues|Coordination Committee)\b")
_EXPERTS_TEXT = re.compile(r"\bspecial procedures?\b|\bmandate[- ]holders\b|\b(?:independent|human rights|UN) experts\b", re.I)


def heading_names(text: str, blocks, clean) -> list[tuple[str, int, int, str]]:
    """(name, start, end, heading) of each block that is a name alone under a holder heading block, and of the name
    blocks right after it ("Former mandate holders", then "NAME (2008-2014)", "NAME2 (2014-2020)")."""
    cuts = sorted(set([0, *blocks, len(text)]))
    spans = list(zip(cuts, cuts[1:]))
    out = []
    for i, (a, b) in enumerate(spans):
        head = text[a:b].strip()
        if not _HEADING.fullmatch(head):
            continue
        for c, d in spans[i + 1:]:
            m = _NAME_LINE.fullmatch(text[c:d].strip())
            name = clean(m.group("name")) if m else None
            if not name or name != " ".join(m.group("name").split()):
                break
            s = text.index(name, c)
            out.append((name, s, s + len(name), head))
    return out


# a statement's header: the post's title as a heading, then the holder's name alone on its block with an honorific
# ("Special Rapporteur on ...", then "Ms. NAME", then "Geneva, 5 May 2017"; "Relatora Especial sobre ...", "Sra. NAME")
_HEAD_POST = re.compile(r"\b(?:Special Rapporteur|Independent Expert|Relatora? Especial|Experta? Independiente|"
                        r"Rapporteu(?:r|se) sp\u00e9ciale?|Experte? ind\u00e9pendante?)\b", re.I)
_BYLINE = re.compile(r"(?:(?:Mr|Ms|Mrs|Dr|Prof|Sra|Sr|Dra|Mme)\.?\s+|M\.\s+|Professor\s+)(?P<name>[^\W\d_][\w.'\u2019 -]{2,60}?)"
                     r"\s*(?:\([^()]{2,40}\))?")


def byline_names(text: str, blocks, clean) -> list[tuple[str, int, int, str]]:
    """(name, start, end, heading) of a titled name alone on its block in a text's first part, under a heading block
    (one of the three before it, a link or a date between them) that names the post."""
    cuts = sorted(set([0, *blocks, len(text)]))
    spans = [(a, b) for a, b in zip(cuts, cuts[1:]) if a < 3000]
    for i, (a, b) in enumerate(spans):
        m = _BYLINE.fullmatch(text[a:b].strip())
        name = clean(m.group("name")) if m else None
        if not name or name != " ".join(m.group("name").split()):
            continue
        head = next((text[c:d].strip() for c, d in spans[max(0, i - 3):i][::-1]
                     if len(text[c:d]) < 400 and _HEAD_POST.search(text[c:d])), None)
        if head:
            s = text.index(name, a)
            return [(name, s, s + len(name), " ".join(_HEAD_POST.search(head).group(0).split()))]
    return []


# the Chair of the Coordination Committee of Special Procedures, always a mandate holder: "Special Procedures Coordination
# Committee Chairperson Ms. NAME", "the Chair of the Coordination Committee of Special Procedures, NAME,", "NAME, Chairperson
# of the Coordination Committee of the special procedures"
# (and a Spanish or French version's: "Presidenta del Comité de Coordinación de los Procedimientos Especiales, NAME")
_CCSP = (r"(?:Coordination\s+Committee\s+of\s+(?:the\s+)?(?:United\s+Nations\s+|UN\s+)?[Ss]pecial\s+[Pp]rocedures"
         r"|Comit\u00e9\s+de\s+[Cc]oordinaci\u00f3n\s+de\s+(?:los\s+)?[Pp]rocedimientos\s+[Ee]speciales"
         r"|[Cc]omit\u00e9\s+de\s+coordination\s+des\s+[Pp]roc\u00e9dures\s+[Ss]p\u00e9ciales)")
_CHAIR_WORD = r"(?:Chair(?:person|man|woman)?|Vice-Chair(?:person)?|President[ae]|Pr\u00e9sidente?)"
_OF_THE = r"(?:of\s+the|del|de\s+la|du)"
_CCSP_BEFORE = re.compile(rf"(?:\b(?:Special\s+Procedures\s+Coordination\s+Committee|{_CCSP})\s+{_CHAIR_WORD}\s+"
                          rf"|\b{_CHAIR_WORD}\s+{_OF_THE}\s+{_CCSP}\s*,\s*"
                          rf"|\b{_CCSP}\s*,?\s+(?:chaired|headed|led|presidido|presidida|pr\u00e9sid\u00e9)\s+(?:by|por|par)\s+){_TITLE}")
_CCSP_AFTER = re.compile(rf"\s*(?:\([^()]{{2,40}}\)\s*)?,\s*(?:the\s+|la\s+|el\s+|le\s+)?(?:(?:current|new|outgoing|former)\s+)?"
                         rf"{_CHAIR_WORD}\s+{_OF_THE}\s+{_CCSP}")
# a fellow mandate holder the special procedures' speaker names: "our late colleague NAME", "our fellow mandate holder, NAME"
_COLLEAGUE = re.compile(r"\b(?:[Oo]ur|[Mm]y)\s+(?:(?:late|dear|former|esteemed|distinguished)\s+)?(?:colleague|fellow\s+mandate[- ]holder|"
                        rf"fellow\s+(?:independent\s+)?expert)\s*,?\s+{_TITLE}")


def committee_chairs(text: str, name_re, clean) -> list[tuple[str, int, int, str]]:
    """(name, start, end, words) of a Chair of the Coordination Committee of Special Procedures and, in a text about
    special procedures, of a colleague the speaker names as one of them."""
    out = []
    heads = list(_CCSP_BEFORE.finditer(text)) + (list(_COLLEAGUE.finditer(text)) if _EXPERTS_TEXT.search(text) else [])
    for m in heads:
        n = name_re.match(text, m.end())
        name = clean(n.group(0)) if n else None
        if name and text.startswith(name, n.start()):
            out.append((name, n.start(), n.start() + len(name), " ".join(m.group(0).split())))
    return out + _names_followed_by(text, name_re, clean, _CCSP_AFTER)


def _names_followed_by(text: str, name_re, clean, after: re.Pattern) -> list[tuple[str, int, int, str]]:
    """(name, start, end, words) of each name the pattern after follows, with after's words."""
    out = []
    for n in name_re.finditer(text):
        name = clean(n.group(0))
        if not name:
            continue
        e = n.start() + n.group(0).rfind(name) + len(name)
        m = after.match(text, e)
        if m:
            out.append((name, e - len(name), e, " ".join(m.group(0).split())))
    return out


def speaker_for_experts(text: str, name_re, clean) -> list[tuple[str, int, int, str]]:
    """(name, start, end, words) of a speaker for the experts as a body, in a text about special procedures."""
    return _names_followed_by(text, name_re, clean, _SPEAKS_FOR) if _EXPERTS_TEXT.search(text) else []


# a member's office in the group before the name: "the Second Vice-Chair, Mr. NAME"
_OFFICE_FIRST = r"(?:(?:the|its)\s+(?:(?:First|Second|Third)\s+)?(?:Vice-Chair\w*|Chair\w*)(?:[-/]Rapporteur)?\s*,?\s+)?"
# a Working Group's visiting delegation named member by member: "The delegation, NAME and NAME, will ...", "The delegation
# will be composed of NAME and NAME", "Its members NAME, NAME and NAME", "The Group's delegation, composed of NAME and NAME,"
_DELEGATION = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:group|Working\s+Group|expert\s+group)['\u2019]s\s+)?(?:[Dd]elegation|(?:[Vv]isiting\s+)?[Mm]embers)\s*(?:,\s*(?:composed|made\s+up|consisting)\s+of|,|:|(?:will\s+be|is|are|was|were)\s+"
                         r"(?:composed|made\s+up)\s+of|(?:are|were)\s*:?|(?:was|is|will\s+be)\s+(?:led|headed)\s+by|comprising|consisting\s+of|consist(?:s|ed)\s+of|(?:will\s+)?(?:compris(?:ed|es|e)|included|includes|include))?\s*"
                         r"(?:(?:the\s+)?(?:Working\s+Group\s+)?(?:members|experts)\s+)?" + _OFFICE_FIRST + _TITLE +
                         # "The Working Group is composed of five independent experts: NAME (Country), Chair-Rapporteur; NAME ..."
                         r"|\b(?:composed|made\s+up)\s+of\s+(?:\w+\s+){0,3}?(?:independent\s+)?(?:experts|members)\b[^.;:]{0,60}:\s*" + _TITLE +
                         # "The current members of the Working Group on ... are: NAME (Country), ..."
                         r"|\b[Tt]he\s+(?:current\s+|present\s+)?members\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?Working\s+Group\b[^.;:]{0,120}?"
                         r"\s+(?:are|were)\s*:?\s*" + _TITLE +
                         # "The Working Group has five independent expert members from all regions: NAME (Country; Chair), ..."
                         r"|\b(?:has|have|had|includes?|comprises?)\s+(?:\w+\s+)?(?:independent\s+)?(?:expert\s+)?(?:experts|members)\b[^.;:]{0,60}:\s*"
                         + _TITLE +
                         # "Three members of the group, NAME, NAME and NAME, make up the delegation"
                         r"|\b(?:\w+\s+)?members\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?(?:Working\s+)?[Gg]roup\s*,\s*" + _TITLE +
                         # "Its Chair-Rapporteur is NAME (Country) and its Vice-Chair NAME (Country); the other members are NAME, ..."
                         r"|\b(?:[Ii]ts|[Tt]he)\s+(?:Chair\w*(?:[-/]Rapporteur)?|Vice-Chair\w*(?:[-/]Rapporteur)?)\s+(?:is\s+|was\s+)?" + _TITLE +
                         r"|\b(?:[Tt]he|[Ii]ts)\s+other\s+members\s+(?:are|were|include)\s*:?\s*" + _TITLE +
                         # the rest of the delegation beside the one writing: "..., with two other members: NAME and NAME"
                         r"|\b(?:with|and|by)\s+(?:the\s+)?(?:two|three|four|\d)\s+other\s+(?:members|experts)(?:\s+of\s+the\s+(?:Working\s+)?Group)?\s*[:,]\s*"
                         + _TITLE)
# a French or Spanish text's delegation: "La délégation était composée de M. NAME et de Mme NAME", "La delegación estuvo
# integrada por el Sr. NAME y la Sra. NAME"
_ROMANCE_TITLE = r"(?:(?:el|la)\s+)?(?:(?:Sra|Sr|Dra|Dr|Mme|Mlle)\.?\s+|M\.\s+)?"
_ROMANCE_DELEGATION = re.compile(r"(?:\b[Ll]a\s+d[ée]l[ée]gation\s+(?:[ée]tait|est|sera|a\s+[ée]t[ée])\s+(?:compos[ée]e|form[ée]e)\s+(?:de\s+|d['\u2019])"
                                 r"|\b[Ll]a\s+delegaci[óo]n\s+(?:estuvo|est[áa]|estar[áa]|fue)\s+(?:integrada|compuesta|formada)\s+por\s+"
                                 # the group's members listed: "Le Groupe de travail est composé de cinq experts indépendants :
                                 # M. NAME (Pays), Président-Rapporteur ; Mme NAME ...", "está integrado por cinco expertos independientes:"
                                 r"|\b(?:est|[ée]tait|sera)\s+compos[ée]e?\s+de\s+(?:\w+\s+){0,2}?experts?\s+ind[ée]pendant(?:e)?s?\b[^.;:]{0,60}:\s*"
                                 r"|\b(?:est[áa]|estaba|estar[áa])\s+(?:integrad|compuest|formad)[oa]\s+por\s+(?:\w+\s+){0,2}?expert[oa]s\s+independientes\b[^.;:]{0,60}:\s*)"
                                 + _ROMANCE_TITLE)
# experts a release names together: "UN experts NAME and NAME will ...", "The experts, NAME, NAME and NAME, ..."
_EXPERTS_NAMED = re.compile(r"\b(?:(?:UN|U\.N\.|United Nations)\s+(?:human\s+rights\s+|independent\s+)?experts|"
                            r"\b(?:(?:UN|U\.N\.|United Nations)\s+)?Working\s+Group\s+(?:members|experts)\s*,?\s*(?=(?:Mr|Ms|Mrs|Dr|Prof)\.?\s|[A-Z])|"
                            # the others of a group beside the one speaking: "With fellow human rights experts NAME and NAME,"
                            r"\b(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s+)?[Ff]ellow\s+(?:(?:UN|U\.N\.|United Nations)\s+)?(?:human\s+rights\s+|independent\s+)?"
                            r"(?:experts?|members?|colleagues?|mandate[- ]holders?|Working\s+Group\s+members?)\s*,?\s*(?=(?:Mr|Ms|Mrs|Dr|Prof)\.?\s|[A-Z])|[Tt]he\s+experts\s*(?:,|:|\s+are\s*:?)"
                            # the group's members who go, its title between: "Two experts of the United Nations Working Group on
                            # X, NAME and NAME, will visit"
                            r"|\b(?:(?:human\s+rights|independent)\s+)?(?:experts|members)\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?Working\s+Group\s+"
                            r"(?:on|of|for)\s[^.;:()\"\u201c]{0,200}?,\s*(?=(?:Mr|Ms|Mrs|Dr|Prof)\.?\s|[A-Z])"
                            # bare "experts" whose names the group's title follows: "experts NAME and NAME of the UN Working Group on X said"
                            r"|\b(?:(?:human\s+rights|independent)\s+)?(?:[Ee]xperts|[Mm]embers)\s+(?=[^.;:()\"\u201c]{3,80}?\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?Working\s+Group\b)"
                            # earlier holders named together: "her predecessors, NAME and NAME", "the former mandate holders NAME ..."
                            r"|\b(?:[Hh]is|[Hh]er|[Mm]y|[Tt]heir|[Tt]he|[Oo]ur)\s+(?:(?:two|three|four|five|earlier|former)\s+)?predecessors\s*,?"
                            r"|\b(?:former|previous|past)\s+(?:mandate[- ]holders|Special Rapporteurs|Independent Experts)\s*,?"
                            # a plural post before the names, its subjects between commas or not: "the UN Special Rapporteurs
                            # NAME and NAME", "the Special Rapporteurs on X and on Y, NAME and NAME,", "los Relatores Especiales NAME y NAME"
                            r"|(?<!former )(?<!previous )(?<!past )\b(?:Special\s+Rapporteurs|Independent\s+Experts|Relatore?s\s+Especiales|"
                            r"Expert[ao]s\s+Independientes|Rapporteurs\s+sp\u00e9ciaux|Experts\s+ind\u00e9pendants)"
                            r"(?:\s+(?:on|sobre|sur)\s[^.;:()]{0,200}?,|\s*,)?)\s*"
                            + _TITLE)
# after a member's name: its nationality, its office in the group ("NAME (Jordan), Chair-Rapporteur;"), the next one
# (or after a dash: "NAME (Country) - Vice-Chair on Follow-up;")
_MEMBER_TAIL = re.compile(r"(?:\s*\([^()]{2,40}\))?(?:,?\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b)?(?:\s*[,\u2013-]\s*(?:(?:the\s+|its\s+)?(?:current|present|outgoing|new)\s+)?(?:Chair\w*(?:[-/]Rapporteur)?|Pr\u00e9sidente?-Rapporteur(?:e|se)?|Presidente?-Relatora?|Vice-Pr\u00e9sidente?|Vicepresidente?|Vice-Chair\w*(?:\s+on\s+[\w-]+)?|Rapporteur|(?:Vice-)?President|Member)"
                          r"(?=\s*[;,]|\s+and\s))?")
_NEXT_MEMBER = re.compile(r"\s*(?:,?\s+and\s+(?:also\s+)?(?:included|includes|include|comprised)\s+|,?\s+(?:together\s+|along\s+)?with\s+|[,;]\s*(?:and\s+|y\s+|et\s+)?"
                          r"|\s+(?:and|y|et)\s+(?:de\s+|d['\u2019])?)" + _OFFICE_FIRST + _TITLE + _ROMANCE_TITLE)


# a text about a Working Group, or about a group of experts so named: "the independent expert group on ..."
_GROUP_TEXT = re.compile(r"\bWorking Group\b|\b[Ee]xpert [Gg]roup\b")


def _titled_surname(text: str, pos: int) -> re.Match | None:
    """A member named by title and surname only: "Ms. NAME and ..." (the title just before pos)."""
    if not re.search(r"\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s*$", text[max(0, pos - 6):pos]):
        return None
    return re.compile(r"([A-Z\u00c0-\u00de][a-z\u00df-\u00ff'-]+)(?=\s*(?:,|and\b))").match(text, pos)


_CAPS_SURNAME = re.compile(r"\b[A-Z][a-z\u00df-\u00ff'\u2019-]+(?:[ \t]+(?:[A-Z][a-z\u00df-\u00ff'\u2019-]+|[A-Z]\.)){0,2}[ \t]+"
                           r"([A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]{2,})(?=\s*\(|\s*,\s*(?:the\s+|an?\s+)?(?:Special\s+Rapporteur|Independent\s+Expert|"
                           r"(?:Vice-)?Chair|[Mm]ember\s+of\s+the\s+Working\s+Group)\b)")


def caps_surnames_softened(text: str) -> str:
    """The text with a surname written in capitals after the given name and before a nationality or the post ("Amara
    KESSEL (Country)", "Amara KESSEL, Special Rapporteur on ...", a list's or biography's form) in small letters after its first ("Amara Kessel (Country)"); offsets kept."""
    def soft(m: re.Match) -> str:
        word = re.sub(r"[^\W\d_]+", lambda w: w.group(0)[0] + w.group(0)[1:].lower(), m.group(1))
        if len(word) != len(m.group(1)):
            return m.group(0)
        return m.group(0)[:m.start(1) - m.start()] + word
    return _CAPS_SURNAME.sub(soft, text)


def with_line_restarts(runs, text: str, name_re, clean):
    """Each name-like run, and where a run that is no name as it stands was cut at the token limit, the run read again
    from a later word in it, when that reading goes on past the cut and is a name as it stands (the runs inside it
    then dropped): a web page's chrome lines ("Focus / Country / Share / Summary"), joined to the name on the next
    line, fill the run and cut the name."""
    upto = 0
    for m in runs:
        if m.start() < upto:
            continue
        yield m
        words = list(re.finditer(r"\S+", m.group(0)))
        if len(words) < 5 or clean(m.group(0)) == " ".join(m.group(0).split()):
            continue
        for w in words[1:]:
            again = name_re.match(text, m.start() + w.start())
            if again and again.end() > m.end() and clean(again.group(0)) == " ".join(again.group(0).split()):
                upto = again.end()
                yield again
                break


def full_name(text: str, surname: str, name_re, clean) -> str | None:
    """The first full name (read by ``name_re``, cleaned by ``clean``) the text writes for a surname it also uses
    alone ("said Frances NAME" before "Ms. NAME")."""
    for n in name_re.finditer(text):
        name = clean(n.group(0))
        if name and name.split()[-1] == surname:
            return name
    # a biography's heading form, the surname in capitals: "Amara KESSEL (Country) is the Special Rapporteur ..."
    for m in re.finditer(rf"(?<![\w.])((?:[A-Z][a-z\u00df-\u00ff'-]+[ \t]+){{1,3}}){re.escape(surname.upper())}(?![\w])", text):
        name = clean(m.group(1) + surname)
        if name and name.split()[-1] == surname:
            return name
    return None


def delegation_members(text: str, name_re, clean) -> list[tuple[str, int, int, str]]:
    """(name, start, end, words) of the members of a Working Group's delegation (see _DELEGATION), in a text about
    a Working Group."""
    heads = list(_EXPERTS_NAMED.finditer(text))
    if _GROUP_TEXT.search(text):
        heads += list(_DELEGATION.finditer(text))
    if re.search(r"\bGroupe de travail\b|\bGrupo de Trabajo\b", text, re.I):
        heads += list(_ROMANCE_DELEGATION.finditer(text))
    out = []
    for m in heads:
        pos, found = m.end(), []
        while ((n := name_re.match(text, pos)) and (name := clean(n.group(0))) and " ".join(n.group(0).split()) == name) or \
                (n := _titled_surname(text, pos)) and (name := full_name(text, n.group(1), name_re, clean)):
            found.append((name, n.start(), n.end(), " ".join(m.group(0).split())))
            nxt = _NEXT_MEMBER.match(text, _MEMBER_TAIL.match(text, n.end()).end())
            if not nxt:
                break
            pos = nxt.end()
        tail = _MEMBER_TAIL.match(text, found[-1][2]).end() if found else 0
        one_fellow = re.search(r"[Ff]ellow\s+(?:\S+\s+){0,4}?(?:expert|member|colleague|mandate[- ]holder)\s*,?\s*$", m.group(0)) \
            and _GROUP_TEXT.search(text)      # "with her fellow expert NAME." (one other of a Working Group)
        out += found if len(found) >= 2 or one_fellow and found \
            or found and re.match(r"\s*(?:,|will|is|was|has)(?!\w)", text[found[-1][2]:]) \
            or found and m.group(0).lstrip()[:3].lower() == "its" and re.match(r"\s*(?:[;,]|and\s)", text[tail:]) else []
    return out


# one member of a group named as the speaker, a nationality between: 'expert NAME of COUNTRY said', '"...," group member
# NAME (Country) told ...' (the word before "expert" none of another trade's: "forensic expert NAME said" is no member)
_MEMBER_WORD = re.compile(r"\b(?:[Ee]xpert|(?:[Gg]roup\s+)?[Mm]ember)\s+" + _TITLE + r"(?=[A-Z])")
_SAYS_AFTER = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}|\s*\([^()]{2,40}\))?\s*,?\s+"
                         r"(?:said|told|added|noted|stressed|explained|warned|urged|called|declared|stated)\b")
_WORD_BEFORE_OK = re.compile(r"(?:^|[\"'(,;:.\u201c\u201d-]|\b(?:UN|U\.N\.|rights|[Ii]ndependent|[Tt]he|[Aa]n?|Group|group|Working))$")
_SAYS_BEFORE = re.compile(r"\b(?:said|says|told\s+[\w ]{1,30}?|added|noted|stressed|explained|warned)\s+(?:(?:UN|United\s+Nations)\s+)?"
                          r"(?:(?:human\s+rights|independent)\s+)?(?:Working\s+)?$")     # "said human rights expert NAME, a member"


# the member who leads the group named before the office: "said NAME, who chairs the expert group at present", "NAME,
# the current Chair-Rapporteur of the group,", "NAME, who heads the Working Group's delegation"
_CHAIRS_AFTER = re.compile(r"\s*(?:\([^()]{2,40}\)\s*)?,\s*(?:who\s+(?:\w+ly\s+)?(?:chairs|chaired|heads|headed|leads|led|presides\s+over|"
                           r"(?:made|makes|make)\s+up|formed|forms|(?:was|were|is|are)\s+part\s+of)|"
                           # "NAME, who is a member of the Working Group", "NAME, one of the five experts of the Working Group"
                           r"(?:who\s+is\s+(?:also\s+)?(?:an?|the)\s+|one\s+of\s+the\s+(?:\w+\s+)?(?=experts))(?:[Mm]ember|experts|Chair\w*(?:[-/]Rapporteur)?)\s+of|"
                           r"(?:the\s+|its\s+|an?\s+|another\s+)?(?:current\s+|present\s+)?(?:Chair\w*|Vice-Chair\w*|(?:Vice-)?President|[Mm]ember)"
                           r"(?:[-/]Rapporteur)?\s+of)\s+(?:the\s+)?(?:(?:UN|United\s+Nations)\s+)?(?:Working\s+Group|(?:(?:independent\s+)?expert\s+)?group|"
                           r"(?:Working\s+Group|[Gg]roup)['\u2019]s\s+delegation|delegation)\b"
                           # the office by the group's possessive: "NAME (Country), the Working Group's Chair-Rapporteur,"
                           r"|\s*(?:\([^()]{2,40}\)\s*)?,\s*(?:the\s+)?(?:Working\s+Group|[Gg]roup)['\u2019]s\s+(?:current\s+|present\s+)?"
                           r"(?:Chair\w*|Vice-Chair\w*)(?:[-/]Rapporteur)?\b"
                           # "NAME, its Chair-Rapporteur," (the double title is a Working Group's own)
                           r"|\s*(?:\([^()]{2,40}\)\s*)?,\s*its\s+(?:current\s+|present\s+)?(?:Vice-)?Chair\w*[-/]Rapporteur\b"
                           # one member among the group's: "NAME (Country), one of its members,", "NAME, one of the members of
                           # the United Nations Working Group on ...", "NAME, a member, said"
                           r"|\s*(?:\([^()]{2,40}\)\s*)?,\s*(?:one\s+of\s+(?:its|the\s+(?:Working\s+Group|[Gg]roup)['\u2019]s)\s+(?:\w+\s+)?members\b"
                           r"|one\s+of\s+the\s+(?:\w+\s+)?members\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?Working\s+Group\b"
                           r"|(?:a|another)\s+(?:fellow\s+)?(?:(?:Working\s+)?Group\s+)?member(?=\s*[,;.]|\s+(?:said|told|added|noted)\b))")


# members named together before what they are: "NAME (Country) and NAME (Country), both members of the Working Group"
_BOTH_MEMBERS = r",\s*(?:both|the\s+two)\s+(?:(?:independent\s+)?experts|members)\s+of\s+(?:the\s+)?(?:(?:UN|United\s+Nations)\s+)?(?:Working\s+Group|group)\b"


def _both_members(text: str, name_re, clean) -> list[tuple[str, int, int, str]]:
    pat = rf"({name_re.pattern})(?:\s*\([^()]{{2,40}}\))?\s+and\s+({name_re.pattern})(?:\s*\([^()]{{2,40}}\))?({_BOTH_MEMBERS})"
    out = []
    for m in re.finditer(pat, text):
        pair = [(clean(m.group(i)), m.start(i), m.end(i)) for i in (1, 2)]
        if all(n and " ".join(m.group(i).split()) == n for (n, _, _), i in zip(pair, (1, 2))):
            out += [(n, a, b, " ".join(m.group(3).split()).lstrip(", ")) for n, a, b in pair]
    return out


def member_speakers(text: str, name_re, clean) -> list[tuple[str, int, int, str]]:
    """(name, start, end, words) of a member of a Working Group quoted by name, or named as the one who chairs the
    group, in a text about a Working Group."""
    if not _GROUP_TEXT.search(text):
        return []
    out = []
    for n in name_re.finditer(text):
        name = clean(n.group(0))
        if name and " ".join(n.group(0).split()) == name and (c := _CHAIRS_AFTER.match(text, n.end())) \
                and not NOT_SP_BODY.search(text, c.end(), c.end() + 80) \
                and not re.search(r"\b[Mm]ember\s+of\b(?!.*\b(?:Working\s+Group|expert\s+group)\b)", c.group(0), re.S):
            # (not a chair of an open-ended working group; "a member of the group" may be any group: the Working Group's)
            out.append((name, n.start(), n.end(), " ".join(c.group(0).split())))
    for m in _MEMBER_WORD.finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        if not _WORD_BEFORE_OK.search(before.rstrip()):
            continue
        n = name_re.match(text, m.end())
        name = clean(n.group(0)) if n else None
        if name and " ".join(n.group(0).split()) == name and (_SAYS_AFTER.match(text, n.end()) or _SAYS_BEFORE.search(before)
                                                                    or re.search(r"\bWorking\s+(?:Group\s+)?$", before)):
            out.append((name, n.start(), n.end(), " ".join(m.group(0).split())))
    return out + _both_members(text, name_re, clean)


# a surname alone, with no title, as the subject of a release's sentences: '... the country, NAME will look at', '"...," NAME
# said.' (at a sentence's or clause's start, before a verb of the expert's acts)
_BARE_SUBJECT = re.compile(r"(?:^|(?<=[.!?,;]\s)|(?<=[.!?,][\"\u201d]\s)|(?<=\n))([A-Z\u00c0-\u00de][a-z\u00df-\u00ff'-]{2,})\s+"
                           r"(?=will\s+[a-z]|(?:said|told|added|stressed|noted|met|visited|urged|called|warned)\b)", re.M)
_EXPERT_TEXT = re.compile(r"\b(?:Special Rapporteur|Independent Expert|(?:UN|U\.N\.|United Nations|[Tt]he) (?:human rights )?expert)\b")


_CALENDAR = set("""January February March April May June July August September October November December Monday Tuesday
Wednesday Thursday Friday Saturday Sunday Today Tomorrow""".split())


def bare_surnames(text: str, not_names: set, country_re) -> list[tuple[str, int, int]]:
    """(surname, start, end) of the one surname a release about an expert uses alone as a subject at least twice
    ("Bhoola will go to ...", "NAME said"), a word the text never writes in small letters nor after an article, no
    country, month or day."""
    if not _EXPERT_TEXT.search(text):
        return []
    seen: dict[str, list[re.Match]] = {}
    for m in _BARE_SUBJECT.finditer(text):
        w = m.group(1)
        if w in not_names or country_re.fullmatch(w) or re.search(rf"\b{re.escape(w.lower())}\b", text) \
                or re.search(rf"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts)\s+{re.escape(w)}\b", text) or w in _CALENDAR:
            continue
        seen.setdefault(w, []).append(m)
    found = [(w, ms) for w, ms in seen.items() if len(ms) >= 2]
    return [(w, ms[0].start(1), ms[0].end(1)) for w, ms in found] if len(found) == 1 else []


# after a name-like run: the list of a title goes on ("... Racism, Racial Discrimination, Xenophobia and Related ...")
_LIST_GOES_ON = re.compile(r"\s+and\s+[A-Z]|,\s+[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|and|the|in|on|for))*\s+and\s+[A-Z]")


def title_list_item(post_words: str, after: str) -> bool:
    """Whether a run read after a post's words and a comma is an item of the post's capitalised title ("Special
    Rapporteur on Sale of Children, Child Labour and Other Abuse"), not its holder: every longer word of the title is
    capitalised and the list goes on after the run with "and" and a capitalised word."""
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", post_words) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words) and bool(_LIST_GOES_ON.match(after))



def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


def same_person_spellings(holders: list) -> list:
    """Holders whose names differ only by accents ("Leo NAME" of an English line, "Léo NAME" of the bio) are one
    person: the accented spelling kept (a copy drops accents, never adds them), its dates merged in."""
    out: list = []
    for h in holders:
        twin = next((o for o in out if _folded(o.name) == _folded(h.name)), None)
        if twin is None:
            out.append(h)
            continue
        keep, drop = (h, twin) if sum(map(str.isascii, h.name)) < sum(map(str.isascii, twin.name)) else (twin, h)
        keep.appointed = keep.appointed or drop.appointed
        keep.took_up_functions = keep.took_up_functions or drop.took_up_functions
        out[out.index(twin)] = keep
    return out


# a report's title, the post then its holder then a colon and the title's next part: "Report of the Special Rapporteur
# on X, NAME: Addendum - Mission to Y" (the colon no field label's)
_TITLE_POST = re.compile(r"\b(?:Special\s+Rapporteur|Independent\s+Expert|Working\s+Group)\b[^.;:\n]{0,200},\s*$")
_TITLE_PART = re.compile(r"[ \t]*:\s*(?:Addendum|Mission|Visit|Note|Preliminary|Summary|Follow-up|Report|Corrigendum)\b")


def titled_before_colon(text: str, end: int, name: str) -> bool:
    """Whether the name ending at end, before a colon, is the holder a report's title names (see _TITLE_POST)."""
    return bool(_TITLE_PART.match(text, end) and _TITLE_POST.search(text[max(0, end - len(name) - 240):end - len(name)]))
