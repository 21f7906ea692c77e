"""The honorifics UN texts put before a person's name, as regex pieces the holder readers share."""

import re

HONORIFIC = r"(?:Mr|Ms|Mrs|Dr|Prof)"
# an optional honorific, its dot and the space after it: "Ms. ", "Dr "
OPT_HONORIFIC = rf"(?:{HONORIFIC}\.?\s+)?"
# the same, or the word "Professor"
OPT_TITLE = rf"(?:{HONORIFIC}\.?\s+|Professor\s+)?"
# the same with the space optional ("Ms.NAME" glued by a converter)
OPT_TITLE_GLUED = rf"(?:{HONORIFIC}\.?\s*|Professor\s+)?"

# a Malaysian honour before a name, its apostrophe glued to the name by a copy: "Dato'Param ...", "Tan Sri ..."
HONOUR = r"(?:Tan\s+Sri|Datuk|Datin)\s+|Dato['\u2019]?\s*Sri\s+|Dato['\u2019]\s*"
# a title before a name, an honour too ("Sir Nigel Rodley")
LEADING_TITLES = re.compile(rf"^(?:(?:Mr|Ms|Mrs|Dr|Prof|Sra|Sr|Dra|Mme)\.?\s+|Professor\s+|Sir\s+|Dame\s+|{HONOUR})")


def strip_titles(name: str) -> str:
    """The name without the titles or honours written before it ("Dato'Param ..." -> "Param ...")."""
    while (bare := LEADING_TITLES.sub("", name)) != name:
        name = bare
    return name



def as_written(name: str, src: str, span: tuple[int, int]) -> str:
    """The name with its apostrophes as the original text writes them ("M\u2019jid", not the cleaned "M'jid"): read
    where the name stands (``span`` in ``src``, a little wider), else the one form the whole text uses."""
    if "'" not in name:
        return name
    words = lambda piece: r"\s+".join(re.escape(w) for w in piece.split(" "))     # a line break between two words
    pat = re.compile("(['\u2019\u2018\u02bc])".join(words(p) for p in name.split("'")))
    m = pat.search(src, max(0, span[0] - 20), min(len(src), span[1] + 20))
    forms = {m.groups()} if m else {x.groups() for x in pat.finditer(src)}
    if len(forms) != 1:
        return name
    marks = iter(forms.pop())
    return re.sub("'", lambda _: next(marks), name)
