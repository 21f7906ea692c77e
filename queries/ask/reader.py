"""The question reader: which kind of question, about which entities, on which date.

Names come from the graph (the lexicon: task keys, labels and aliases, holder names, countries,
symbols, refs); the only words written here are the question words that pick the kind of
question. Small typos are corrected with difflib against both vocabularies.
"""
from __future__ import annotations

import calendar
import difflib
import itertools
import re
from dataclasses import dataclass, field
from datetime import date

MAX_QUESTION = 2000

# The question forms ask supports: kind -> (form, example).
FORMS = {
    "task_origin": ("Which resolution added the task X?", "Which resolution added the SDG task?"),
    "task_lineage": ("How did the task X change over time?", "How did the reporting task change over time?"),
    "resolution_changes": ("What did resolution R add or change?", "What did resolution 35/3 add or change?"),
    "diff": ("What changed between resolutions R1 and R2?", "What changed between 26/6 and 35/3?"),
    "mandate_resolutions": ("Which resolutions created and renewed the mandate, and when?", "Which resolutions renewed the mandate?"),
    "tasks_asof": ("What were the mandate's tasks on DATE?", "What were the mandate's tasks on 1 January 2015?"),
    "holder_on_date": ("Who held the mandate on DATE / in YEAR?", "Who held the mandate in 2015?"),
    "holder_term": ("When was H appointed, and until when did H serve?", "When was Okafor appointed?"),
    "holder_visits": ("Which countries did H visit?", "Which countries did Dandan visit?"),
    "visits_in_year": ("Which visits took place in YEAR?", "Which visits took place in 2018?"),
    "country_visit": ("When was COUNTRY visited, and which report covers it?", "When was Brazil visited?"),
    "document_info": ("What is document SYMBOL (author, body, session, year, theme)?", "What is A/HRC/38/40?"),
    "document_pursuant": ("Which resolution was SYMBOL presented pursuant to?", "Which resolution was A/HRC/38/40 presented pursuant to?"),
}

# Question words (never entity names): cues per kind, on the corrected lower-case text.
CUES = {
    "diff": r"\b(between|differ\w*|diff|compare\w*|comparison|versus|vs|from \S+ to)\b",
    "pursuant": r"\b(pursuant|presented|submitted|mandated by|requested by|under which|which resolution|what resolution|in response to|basis|why)\b",
    "change": r"\b(add\w*|chang\w*|introduc\w*|do|did|does|doing|say\w*|contain\w*|modif\w*|new|amend\w*|gave|give\w*|creat\w*|reaffirm\w*|drop\w*|supersed\w*|affect\w*)\b",
    "info": r"\b(what is|what was|what s|tell me|describe|info\w*|details?|about|who wrote|author\w*|written|theme|session|body|year)\b",
    "lineage": r"\b(over time|histor\w*|lineage|evolv\w*|evolution|timeline|trace\w*|all (the )?changes|every change|how (did|has|was|have) .*chang\w*|changes? to|chang\w* (of|to|in) the task)\b",
    "renew": r"\b(renew\w*|extend\w*|extension\w*|prolong\w*)\b",
    "create": r"\b(creat\w*|establish\w*|set up|found\w*|start\w*|began|begin\w*|origin\w*)\b",
    "origin": r"\b(add\w*|creat\w*|introduc\w*|first|gave|give\w*|origin\w*|establish\w*|start\w*|began|begin\w*|come from|comes from|came from|mandat\w*|request\w*|assign\w*|set up|where does|which resolution|what resolution|which paragraph|what paragraph|when was|when did|since when|source)\b",
    "tasks": r"\b(tasks?|in force|duties|duty|mandate cover\w*|asked to do|responsibilit\w*|functions|terms of the mandate|mandated to do)\b",
    "visit": r"\b(visit\w*|travel\w*|went|go|gone|mission\w*|trips?|journey\w*|been to)\b",
    "report": r"\b(report\w*|covers?|covered|mission report)\b",
    "where": r"\b(countr\w*|where|which places)\b",
    "term": r"\b(appoint\w*|serv\w*|term|terms|until|since|start\w*|end\w*|took up|take up|office|tenure|how long|when|who is|who was|leav\w*|left|succeed\w*|nominat\w*|step\w* down|held)\b",
    "who": r"\b(who|holder|held|hold|holds|holding|expert|in office|incumbent|rapporteur|occupied|office)\b",
    "now": r"\b(now|today|currently|current|present|at present|presently)\b",
}

# Common words that are not typos of anything (kept out of spelling correction).
QUESTION_WORDS = set("""
a an the of to in on at by for from with and or but not no is are was were be been being has have had do did does
which what who whom whose when where why how that this these those it its it's they them their he she his her
i me my we our you your there here than then also any all each every some many much more most first last next later
earlier before after between during until since about into over under up down out off again further once only own same so
very can could should would will shall may might must tell show give list name find please describe explain
resolution resolutions decision decisions paragraph paragraphs para task tasks mandate mandates mandated holder holders
held hold holds holding expert independent rapporteur special office appointed appoint appointment serve served serving
term terms tenure visit visits visited visiting travel travelled traveled went go mission missions country countries trip
trips report reports reported covers cover covered document documents symbol author wrote written theme session body year
years date dates day month presented pursuant submitted requested request under basis response added add adds adding
created create creates introduced introduce gave given origin originally come comes came change changed changes changing
history lineage evolve evolved evolution timeline time over renewed renew renewal renewals extended extend extension
established establish set compare difference differences differ between versus force duties functions responsibilities
now today current currently present place took take happened happen occur occurred completed done made end ended start
started began begin long still left leave succeeded reaffirmed reaffirm superseded supersede dropped drop replaced new
old latest earliest whole entire text asked ask question questions answer does doing say says said contain contains
january february march april may june july august september october november december
""".split())

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
GENERIC_NAME_WORDS = {"republic", "of", "the", "united", "state", "states", "plurinational", "democratic", "people",
                      "peoples", "islamic", "kingdom", "federation", "federal", "arab", "socialist", "and", "islands",
                      "south", "north", "new", "saint", "republica"}
HOW_RANK = {"key": 3, "ref": 3, "symbol": 3, "label": 2, "code": 2, "alias": 1, "part": 1}


@dataclass
class Mention:
    kind: str
    items: list  # IRIs
    text: str  # the words of the question that named it
    how: str
    score: tuple = (0, 0)


@dataclass
class Reading:
    question: str
    kind: str | None = None
    status: str = "read"  # read | ambiguous | not_understood | refused
    tasks: list = field(default_factory=list)  # IRIs (best candidates)
    holders: list = field(default_factory=list)
    countries: list = field(default_factory=list)
    documents: list = field(default_factory=list)
    resolutions: list = field(default_factory=list)  # in order of mention
    mandates: list = field(default_factory=list)  # named in the question
    dates: list = field(default_factory=list)  # [{"text", "start", "end", "precision"}]
    corrections: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    unknown_symbols: list = field(default_factory=list)
    candidates: list = field(default_factory=list)  # for an ambiguous reading
    missing: str | None = None
    tokens: list = field(default_factory=list)


def stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w]


class Reader:
    """Reads questions against one lexicon (built once per process)."""

    def __init__(self, lexicon):
        self.lex = lexicon
        self.index: dict[tuple, list] = {}  # stemmed word tuple -> [(kind, item, how, label)]
        self.symbols: dict[str, str] = {}  # normalised symbol -> IRI
        self.refs: dict[str, list] = {}  # number -> [(body, IRI)]
        vocab = set(QUESTION_WORDS)
        for e in lexicon.entries:
            if e.kind == "document":
                self.symbols[_norm_symbol(e.label)] = e.item
                continue
            if e.kind == "resolution":
                body, _, number = e.label.partition(" ")
                self.refs.setdefault(number.lower(), []).append((body.lower(), e.item))
                continue
            if e.kind == "country" and e.how == "code":
                continue
            toks = words(e.label)
            vocab.update(t for t in toks if not t.isdigit())
            self._add(tuple(stem(t) for t in toks), e.kind, e.item, e.how, e.label)
            if e.kind == "holder" and e.how == "label":
                parts = [t for t in toks if len(t) > 1]
                for t in parts:
                    if len(t) >= 3 or t == parts[-1]:
                        self._add((stem(t),), "holder", e.item, "part", e.label)
            if e.kind == "country" and e.how == "label":
                plain = words(re.sub(r"\(.*?\)", " ", e.label))
                if plain != toks:
                    self._add(tuple(stem(t) for t in plain), "country", e.item, "label", e.label)
                for t in plain:
                    if len(t) >= 4 and t not in GENERIC_NAME_WORDS:
                        self._add((stem(t),), "country", e.item, "part", e.label)
        self.vocab = sorted(vocab)
        self.question_vocab = sorted(QUESTION_WORDS)
        self.name_vocab = sorted(vocab - QUESTION_WORDS)
        self.bodies = sorted({b for v in self.refs.values() for b, _ in v}, key=len, reverse=True)
        self.max_len = max((len(k) for k in self.index), default=1)
        self.digit_keys = {k for k in self.index if any(t.isdigit() for t in k) and len(k) > 1}
        self.digit_key_len = max((len(k) for k in self.digit_keys), default=0)
        self.codes = {e.label: e.item for e in lexicon.entries if e.kind == "country" and e.how == "code"}

    def _add(self, key: tuple, kind: str, item: str, how: str, label: str) -> None:
        if key:
            bucket = self.index.setdefault(key, [])
            if (kind, item, how, label) not in bucket:
                bucket.append((kind, item, how, label))

    # ------------------------------------------------------------------------------------
    def read(self, question: str) -> Reading:
        r = Reading(question=question)
        if len(question) > MAX_QUESTION:
            r.status = "refused"
            r.notes.append(f"the question is {len(question)} characters long; the limit is {MAX_QUESTION}")
            return r
        text = " " + question.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-") + " "
        if "/" in text:
            text = self._symbols(text, r)
            text = self._refs(text, r)
        if re.search(r"\d", text):
            text = self._protect(text)
            text = self._dates(text, r)
        for code, item in self.codes.items():
            if re.search(rf"(?<![A-Za-z]){re.escape(code)}(?![A-Za-z])", text) and code.isupper() and code not in ("NO", "IN", "IS", "IT", "AS", "AT", "BY", "TO", "ON", "OR", "ME", "MY", "WE", "US", "AM", "AN", "BE", "DO", "GO", "SO", "UP"):
                r.mentions.append(Mention("country", [item], code, "code", (1, 2)))
        toks = self._correct(words(text), r)
        r.tokens = toks
        self._phrases(toks, r)
        self._choose_entities(r)
        self._intent(" ".join(toks), r)
        return r

    def _protect(self, text: str) -> str:
        """Names with digits (an alias such as 'Agenda NNNN') are names, not dates: join their words.

        Word windows of the question are looked up in a set (longest first), so the cost does not
        grow with the size of the lexicon.
        """
        if not self.digit_keys or not re.search(r"\d", text):
            return text
        spans = [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer(r"[A-Za-z0-9]+", text)]
        out, last, i = [], 0, 0
        while i < len(spans):
            n = self._digit_match(text, spans, i)
            if n:
                start, end = spans[i][0], spans[i + n - 1][1]
                out.append(text[last:start] + "_".join(words(text[start:end])))
                last, i = end, i + n
            else:
                i += 1
        return "".join(out) + text[last:]

    def _digit_match(self, text: str, spans: list, i: int) -> int:
        """The number of words from spans[i] that form a name with digits (0 if none)."""
        if i and text[spans[i][0] - 1] in "_/" or spans[i][0] > 0 and text[spans[i][0] - 1].isalnum():
            return 0
        for n in range(min(self.digit_key_len, len(spans) - i), 1, -1):
            window = spans[i:i + n]
            if any(not 1 <= window[j + 1][0] - window[j][1] <= 3 for j in range(n - 1)):
                continue
            if any(c.isalnum() for j in range(n - 1) for c in text[window[j][1]:window[j + 1][0]]):
                continue
            end = window[-1][1]
            if end < len(text) and (text[end].isalnum() or text[end] in "_/"):
                continue
            options = [[t] + ([t[:-1]] if not t.isdigit() and t.endswith("s") else []) for _, _, t in window]
            if any(tuple(combo) in self.digit_keys for combo in itertools.product(*options)):
                return n
        return 0

    def _symbols(self, text: str, r: Reading) -> str:
        def repl(m):
            raw = m.group(0)
            cand = raw
            while cand:
                item = self.symbols.get(_norm_symbol(cand))
                if item:
                    r.documents.append(item)
                    if self.lex.get(item, "ref"):
                        r.resolutions.append(item)
                    r.mentions.append(Mention("document", [item], cand, "symbol", (9, 3)))
                    return " " + raw[len(cand):].replace("/", " ") + " "
                if cand[-1] in ".,;:?!)'\"":
                    cand = cand[:-1]
                else:
                    break
            r.unknown_symbols.append(raw.rstrip(".,;:?!)'\""))
            return " "
        return re.sub(r"(?<![\w/])[A-Za-z]{1,5}(?:\.\d+)?(?:/[A-Za-z0-9.()\-]+)+", repl, text)

    def _refs(self, text: str, r: Reading) -> str:
        bodies = "|".join(re.escape(b) for b in self.bodies) or "hrc"
        pattern = re.compile(
            rf"(?<![\w/.])(?:(?P<body>{bodies})\s*(?:res(?:olution)?s?\.?|dec(?:ision)?s?\.?)?\s*)?"
            r"(?:(?:resolutions?|res\.?|decisions?|dec\.?)\s*(?:no\.?\s*)?)?(?P<num>(?:s-)?\d{1,4}/\d{1,4})(?![\w/])",
            re.IGNORECASE)

        def repl(m):
            num, body = m["num"].lower(), (m["body"] or "").lower()
            found = self.refs.get(num, [])
            items = [i for b, i in found if not body or b == body] or ([] if body else [i for _, i in found])
            if not items:
                r.unknown_symbols.append(m.group(0).strip())
                return " "
            r.mentions.append(Mention("resolution", sorted(set(items)), m.group(0).strip(), "ref", (9, 3)))
            if len(set(items)) == 1:
                r.resolutions.append(items[0])
            else:
                r.resolutions.append(sorted(set(items)))
            return " "
        return pattern.sub(repl, text)

    def _dates(self, text: str, r: Reading) -> str:
        return find_dates(text, r)

    def _correct(self, toks: list[str], r: Reading) -> list[str]:
        known = set(self.vocab)
        out = []
        for t in toks:
            if t in known or len(t) < 4 or not t.isalpha() or stem(t) in known or t + "s" in known:
                out.append(t)
                continue
            # Question words first; names need a closer match (one slip in a longer word).
            close = difflib.get_close_matches(t, self.question_vocab, n=1, cutoff=0.8)
            if not close and len(t) >= 5:
                close = difflib.get_close_matches(t, self.name_vocab, n=1, cutoff=0.85)
            if close:
                r.corrections.append({"from": t, "to": close[0]})
                out.append(close[0])
            else:
                out.append(t)
        return out

    def _phrases(self, toks: list[str], r: Reading) -> None:
        stems = [stem(t) for t in toks]
        for n in range(min(self.max_len, len(stems)), 0, -1):
            for i in range(len(stems) - n + 1):
                key = tuple(stems[i:i + n])
                for kind, item, how, _label in self.index.get(key, []):
                    r.mentions.append(Mention(kind, [item], " ".join(toks[i:i + n]), how, (n, HOW_RANK.get(how, 1))))

    def _choose_entities(self, r: Reading) -> None:
        """For each kind, keep the best-scoring candidates (per mandate, the best overall score)."""
        for kind, attr in (("task", "tasks"), ("holder", "holders"), ("country", "countries"), ("mandate", "mandates")):
            ms = [m for m in r.mentions if m.kind == kind]
            if not ms:
                continue
            best = max(m.score for m in ms)
            items = []
            for m in ms:
                if m.score == best:
                    items.extend(i for i in m.items if i not in items)
            setattr(r, attr, items)
        r.mandates = [str(i).rsplit("/", 1)[-1] for i in r.mandates]
        tasks = [m for m in r.mentions if m.kind == "task"]
        if (r.holders or r.countries or r.documents) and tasks and max(m.score for m in tasks) < (2, 3):
            r.tasks = []  # a common word ('report', 'visits') next to a stronger name is not a task

    # ------------------------------------------------------------------------------------
    def _intent(self, text: str, r: Reading) -> None:
        cue = {name: bool(re.search(p, text)) for name, p in CUES.items()}
        if cue["now"] and not r.dates:
            today = date.today().isoformat()
            r.dates.append({"text": "now", "start": today, "end": today, "precision": "day"})
        has_date = bool(r.dates)
        res = r.resolutions
        docs = [d for d in r.documents if not self.lex.get(d, "ref")]
        mandate_word = "mandate" in text.split() or "mandates" in text.split()
        order = [
            ("diff", len(res) >= 2),
            ("document_pursuant", bool(docs) and cue["pursuant"]),
            ("document_info", bool(res) and cue["info"] and not cue["change"]),
            ("resolution_changes", bool(res) and (cue["change"] or not r.tasks)),
            ("task_lineage", bool(r.tasks) and cue["lineage"]),
            ("mandate_resolutions", cue["renew"] or (cue["create"] and mandate_word and not r.tasks)
             or (mandate_word and not r.tasks and not has_date and re.search(r"\bresolutions?\b", text) is not None)),
            ("task_origin", bool(r.tasks) and cue["origin"]),
            ("tasks_asof", has_date and cue["tasks"] and not r.holders and not r.countries),
            ("holder_visits", bool(r.holders) and (cue["visit"] or cue["where"])),
            ("country_visit", bool(r.countries) and (cue["visit"] or cue["report"] or "when" in text.split())),
            ("visits_in_year", has_date and cue["visit"]),
            ("holder_term", bool(r.holders) and cue["term"]),
            ("holder_on_date", has_date and cue["who"]),
            ("document_info", bool(docs)),
            ("task_lineage", bool(r.tasks) and _bare(text, r)),
            ("holder_term", bool(r.holders) and _bare(text, r)),
            ("country_visit", bool(r.countries) and _bare(text, r)),
            ("tasks_asof", has_date and mandate_word),
        ]
        for kind, ok in order:
            if ok:
                r.kind = kind
                break
        if r.kind is None:
            r.status = "not_understood"
            r.missing = _missing(cue, r)
            return
        if r.kind == "diff" and any(isinstance(x, list) for x in res[:2]):
            r.status, r.candidates = "ambiguous", [i for x in res[:2] if isinstance(x, list) for i in x]
        elif r.kind in ("resolution_changes", "document_info") and res and isinstance(res[0], list):
            r.status, r.candidates = "ambiguous", res[0]


def find_dates(text: str, r: Reading) -> str:
    """Dates in the text into r.dates (as intervals); the text without them."""
    def add(y, mo=None, d=None, raw=""):
        try:
            y = int(y)
            if d:
                start = end = date(y, int(mo), int(d))
                prec = "day"
            elif mo:
                start, end = date(y, int(mo), 1), date(y, int(mo), calendar.monthrange(y, int(mo))[1])
                prec = "month"
            else:
                start, end, prec = date(y, 1, 1), date(y, 12, 31), "year"
        except ValueError:
            r.notes.append(f"'{raw.strip()}' is not a valid date")
            return " "
        r.dates.append({"text": raw.strip(), "start": start.isoformat(), "end": end.isoformat(), "precision": prec})
        return " "

    month = rf"(?P<mon>{_MONTH_RE})\.?"
    rules = [
        (r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b", lambda m: add(m["y"], m["m"], m["d"], m[0])),
        (rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month},?\s+(?P<y>\d{{4}})\b", lambda m: add(m["y"], MONTHS[m["mon"].lower()], m["d"], m[0])),
        (rf"\b{month}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", lambda m: add(m["y"], MONTHS[m["mon"].lower()], m["d"], m[0])),
        (rf"\b{month},?\s+(?:of\s+)?(?P<y>\d{{4}})\b", lambda m: add(m["y"], MONTHS[m["mon"].lower()], None, m[0])),
        (r"\b(?P<y>\d{4})-(?P<m>\d{2})\b", lambda m: add(m["y"], m["m"], None, m[0])),
        (r"\b(?P<y>1[89]\d{2}|2\d{3})\b", lambda m: add(m["y"], None, None, m[0])),
    ]
    for pattern, fn in rules:
        text = re.sub(pattern, fn, text, flags=re.IGNORECASE)
    return text


def _bare(text: str, r: Reading) -> bool:
    """A question that is little more than a name (a task alias, a surname): answer about that name."""
    named = {w for m in r.mentions for w in words(m.text)}
    rest = [w for w in text.split() if w not in QUESTION_WORDS and w not in named and len(w) > 1]
    return len(rest) <= 1


def _missing(cue: dict, r: Reading) -> str | None:
    """What a question that looks like a known form lacks."""
    if cue["lineage"] or (cue["origin"] and re.search(r"\b(task|resolution)\b", " ".join(r.tokens))):
        return "task"
    if r.unknown_symbols and re.search(r"\d+/\d+$", r.unknown_symbols[0]) and r.unknown_symbols[0].count("/") == 1:
        return "resolution"
    if cue["pursuant"] and r.unknown_symbols:
        return "document"
    if cue["visit"] and not r.dates:
        return "holder, country or year"
    if cue["who"] and not r.dates:
        return "date or year"
    if cue["tasks"]:
        return "date"
    if r.unknown_symbols:
        return "document"
    return None


def _norm_symbol(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def closest_forms(question: str, n: int = 3) -> list[dict]:
    q = question.lower()
    scored = []
    for kind, (form, example) in FORMS.items():
        score = max(difflib.SequenceMatcher(None, q, form.lower()).ratio(), difflib.SequenceMatcher(None, q, example.lower()).ratio())
        scored.append((score, kind, form, example))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [{"kind": k, "form": f, "example": e} for _, k, f, e in scored[:n]]


def closest_names(reader: Reader, reading: Reading, n: int = 5, kind: str | None = None) -> list[dict]:
    """Entity names closest to the words of the question that named nothing."""
    lex = reader.lex
    names = {}
    for e in lex.entries:
        if kind and e.kind != kind:
            continue
        if e.how in ("key", "label", "alias", "symbol", "ref"):
            names.setdefault(e.label.lower(), (e.kind, e.label, lex.name(e.item)))
    used = {w for m in reading.mentions for w in words(m.text)}
    probes = [w for w in reading.tokens if w not in QUESTION_WORDS and w not in used and len(w) > 2]
    probes += [s.lower() for s in reading.unknown_symbols]
    if not probes and kind is None:
        return []
    scored = {}
    keys = list(names)
    for p in probes or [" ".join(reading.tokens)]:
        for cand in difflib.get_close_matches(p, keys, n=n, cutoff=0.5):
            score = difflib.SequenceMatcher(None, p, cand).ratio()
            scored[cand] = max(score, scored.get(cand, 0))
        for cand in keys:
            if p in cand.split() and cand not in scored:
                scored[cand] = 0.6
    if not scored and kind:
        return [{"kind": names[k][0], "name": names[k][1], "entity": names[k][2]} for k in sorted(keys)[:n]]
    best = sorted(scored, key=lambda c: (-scored[c], c))[:n]
    return [{"kind": names[c][0], "name": names[c][1], "entity": names[c][2]} for c in best]
