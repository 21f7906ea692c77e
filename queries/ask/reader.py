"""The question reader: which kind of question, about which entities, on which date.

Kinds, their cue words and rules come from the catalogue (queries/questions.toml); names come from
the graph (the lexicon: task keys, labels and aliases, holder names, countries and their codes,
bodies, mandates, symbols, refs). Only words that are neither English nor names of the graph are
corrected for spelling, and every correction is reported.
"""
from __future__ import annotations

import difflib
import itertools
import math
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .catalogue import catalogue
from .dates import find_dates

MAX_QUESTION = 2000


def __getattr__(name: str):
    if name == "FORMS":  # kind -> (form, example), read from the catalogue on first use
        return catalogue().forms()
    raise AttributeError(name)

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
successor predecessor preceded precede succeed accepted accept never carried pending outstanding declined how many
number count often events event happened decided drafted prepared topic subject about council assembly commission
january february march april may june july august september october november december
""".split())

GENERIC_NAME_WORDS = {"republic", "of", "the", "united", "state", "states", "plurinational", "democratic", "people",
                      "peoples", "islamic", "kingdom", "federation", "federal", "arab", "socialist", "and", "islands",
                      "south", "north", "new", "saint", "republica"}
GENERIC_BODY_WORDS = {"human", "rights", "general", "promotion", "protection", "office", "united", "nations", "high", "on", "of", "the", "for"}
GENERIC_MANDATE_WORDS = {"international", "human", "rights", "and", "independent", "expert", "on", "the", "of", "effects", "other",
                         "related", "financial", "obligations", "states", "full", "enjoyment", "all", "particularly", "economic",
                         "social", "cultural"}
COMMON_CODES = {"no", "in", "is", "it", "as", "at", "by", "to", "on", "or", "me", "my", "we", "us", "am", "an", "be", "do", "go", "so", "up", "ie", "sr", "ga", "hr"}
TASK_WORDS = {"task", "tasks", "duty", "duties", "job", "responsibility", "function"}
HOW_RANK = {"key": 3, "ref": 3, "symbol": 3, "label": 2, "code": 2, "alias": 1, "part": 1}
STOP = {"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "is", "are", "was",
        "were", "be", "been", "which", "what", "who", "when", "where", "how", "that", "this", "it", "its", "task", "tasks",
        "did", "does", "do", "has", "have", "had", "mandate", "expert", "independent"}


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
    tasks: list = field(default_factory=list)  # IRIs (best candidate first)
    holders: list = field(default_factory=list)
    countries: list = field(default_factory=list)
    documents: list = field(default_factory=list)
    resolutions: list = field(default_factory=list)  # in order of mention
    mandates: list = field(default_factory=list)  # named in the question
    bodies: list = field(default_factory=list)  # body keys named in the question
    dates: list = field(default_factory=list)  # [{"text", "start", "end", "precision"}]
    corrections: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    unknown_symbols: list = field(default_factory=list)
    candidates: list = field(default_factory=list)  # for an ambiguous reading
    also_matched: dict = field(default_factory=dict)  # slot -> other entities the words matched
    alternatives: list = field(default_factory=list)  # other kinds the question could be ("Did you mean")
    cues: dict = field(default_factory=dict)
    missing: str | None = None
    tokens: list = field(default_factory=list)


def stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def norm(word: str) -> str:
    """A light stem for comparing the words of a question with a task's names ('visiting' ~ 'visits')."""
    w = word.lower()
    for end, repl, size in (("ies", "y", 5), ("ing", "", 6), ("ed", "", 5), ("es", "", 5), ("s", "", 4)):
        if w.endswith(end) and len(w) >= size and not w.endswith("ss"):
            return w[: len(w) - len(end)] + repl
    return w


def words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w]


class Reader:
    """Reads questions against one lexicon (built once per process)."""

    def __init__(self, lexicon, english_path: Path | None = None, home: str | None = None):
        self.lex = lexicon
        self.home = home
        self.english_path = english_path
        self._english: set | None = None
        self.index: dict[tuple, list] = {}  # stemmed word tuple -> [(kind, item, how, label)]
        self.symbols: dict[str, str] = {}  # normalised symbol -> IRI
        self.refs: dict[str, list] = {}  # number -> [(body, IRI)]
        self.task_words: dict[str, set] = {}  # task IRI -> stemmed words of its key, label and aliases
        self.superseded: set = set()  # tasks a later resolution replaced
        self.task_keys: dict[str, set] = {}  # task IRI -> words of its key
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
            if e.how == "superseded":
                self.superseded.add(e.item)
                continue
            toks = words(e.label)
            vocab.update(t for t in toks if not t.isdigit())
            self._add(tuple(stem(t) for t in toks), e.kind, e.item, e.how, e.label)
            if e.kind == "task":
                self.task_words.setdefault(e.item, set()).update(norm(t) for t in toks if t not in STOP and len(t) > 2)
                if e.how == "key":
                    self.task_keys[e.item] = {norm(t) for t in toks if len(t) > 2}
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
            if e.kind == "body" and e.how == "label":
                for t in toks:
                    if len(t) >= 5 and t not in GENERIC_BODY_WORDS:
                        self._add((stem(t),), "body", e.item, "part", e.label)
            if e.kind == "mandate":
                for t in toks:
                    if len(t) >= 4 and t not in GENERIC_MANDATE_WORDS:
                        self._add((stem(t),), "mandate", e.item, "part", e.label)
        n = max(len(self.task_words), 1)
        df: dict[str, int] = {}
        for ws in self.task_words.values():
            for w in ws:
                df[w] = df.get(w, 0) + 1
        self.idf = {w: math.log(1 + n / c) for w, c in df.items()}
        self.vocab = vocab
        self.question_vocab = sorted(QUESTION_WORDS)
        self.name_vocab = sorted(vocab - QUESTION_WORDS)
        self.bodies = sorted({b for v in self.refs.values() for b, _ in v}, key=len, reverse=True)
        self.max_len = max((len(k) for k in self.index), default=1)
        self.digit_keys = {k for k in self.index if any(t.isdigit() for t in k) and len(k) > 1}
        self.digit_key_len = max((len(k) for k in self.digit_keys), default=0)
        self.codes = {e.label: e.item for e in lexicon.entries if e.kind == "country" and e.how == "code"}

    def english(self) -> set:
        """Common English words (read from the build on first need)."""
        if self._english is None:
            try:
                self._english = set(self.english_path.read_text(encoding="utf-8").split()) if self.english_path else set()
            except OSError:
                self._english = set()
        return self._english

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
        text = " " + re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", question).replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-") + " "
        if "/" in text:
            text = self._symbols(text, r)
            text = self._refs(text, r)
        if re.search(r"\d", text):
            text = self._protect(text)
            text = find_dates(text, r)
        self._codes(text, r)
        toks = self._correct(words(text), r)
        r.tokens = toks
        self._phrases(toks, r)
        self._choose_entities(r)
        self._intent(" ".join(toks), r)
        return r

    def _codes(self, text: str, r: Reading) -> None:
        """Country codes: upper case as typed, or any case when the word is not English."""
        if not self.codes:
            return
        upper = {c.upper(): c for c in self.codes}
        for typed in set(re.findall(r"(?<![A-Za-z])[A-Za-z]{2,3}(?![A-Za-z])", text)):
            code = upper.get(typed.upper())
            low = typed.lower()
            if code is None or low in COMMON_CODES:
                continue
            if typed.isupper() or (low not in QUESTION_WORDS and low not in self.vocab and low not in self.english()):
                r.mentions.append(Mention("country", [self.codes[code]], typed, "code", (1, 2)))

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

    def _correct(self, toks: list[str], r: Reading) -> list[str]:
        """Correct only words that are neither English nor names of the graph (each correction is reported)."""
        out = []
        for t in toks:
            if t in self.vocab or len(t) < 4 or not t.isalpha() or stem(t) in self.vocab or t + "s" in self.vocab:
                out.append(t)
                continue
            if t in self.english() or stem(t) in self.english():
                out.append(t)
                continue
            # Question words first; names need a closer match (one slip in a longer word).
            close = difflib.get_close_matches(t, self.question_vocab, n=1, cutoff=0.8)
            if not close and len(t) >= 5:
                close = difflib.get_close_matches(t, self.name_vocab, n=1, cutoff=0.8)
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
        """For each kind, keep the best-scoring candidates; tasks are ranked by the question words they cover."""
        for kind, attr in (("holder", "holders"), ("country", "countries"), ("mandate", "mandates"), ("body", "bodies")):
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
        r.bodies = [str(i).rsplit("/", 1)[-1] for i in r.bodies]
        tasks = [m for m in r.mentions if m.kind == "task"]
        if r.mandates:  # a task of the mandate the question names
            tasks = [m for m in tasks if any(self.lex.mandates_of.get(i, set()) & set(r.mandates) for i in m.items)]
        if not tasks and (TASK_WORDS & set(r.tokens) or not (r.holders or r.countries or r.documents or r.resolutions)):
            how = "words" if TASK_WORDS & set(r.tokens) else "some words"
            tasks = [Mention("task", [t], "", how, (0, 0)) for t in self.task_words
                     if not r.mandates or set(self.lex.mandates_of.get(t, set())) & set(r.mandates)]
        if not tasks:
            return
        if (r.holders or r.countries or r.documents) and max(m.score for m in tasks) < (2, 3):
            return  # a common word ('report', 'visits') next to a stronger name is not a task
        ranked = self._rank_tasks(r, tasks)
        if not ranked or ranked[0][0] <= 0:
            return
        if not r.mandates and self.home:  # a question that names no mandate is about the home one
            mine = [x for x in ranked if self.home in self.lex.mandates_of.get(x[1], set())]
            if mine and mine[0][0] >= ranked[0][0] * 0.75:
                ranked = mine + [x for x in ranked if x not in mine]
        r.tasks = [ranked[0][1]]
        named = {i for m in tasks if m.how not in ("words", "some words") and m.score[0] >= 2 for i in m.items}
        others = [t for s, t in ranked[1:] if s >= ranked[0][0] * 0.75 or t in named]
        if others:
            r.also_matched["task"] = others

    def _rank_tasks(self, r: Reading, tasks: list) -> list:
        """(score, task) best first: the rarer the question words a task's names share, the better;
        a task a later resolution replaced comes after one still in force."""
        named = {w for m in r.mentions if m.kind in ("mandate", "body", "holder", "country") for w in words(m.text)}
        content = {norm(t) for t in r.tokens if t not in STOP and t not in named}
        strict = {norm(t) for t in r.tokens if t not in STOP and t not in QUESTION_WORDS and t not in named}
        scored = {}
        for m in tasks:
            for t in m.items:
                bag = (strict if m.how == "some words" else content)
                hit = sum(self.idf.get(w, 0) for w in bag & self.task_words.get(t, set()))
                hit += 0.5 * sum(self.idf.get(w, 0) for w in bag & self.task_keys.get(t, set()))
                if m.how == "words" and hit < 1.5 or m.how == "some words" and hit < 2.5:
                    continue
                s = hit + m.score[0] * 0.5 + m.score[1] * 0.1 - (0.2 if t in self.superseded else 0)
                scored[t] = max(s, scored.get(t, 0))
        return sorted(((s, t) for t, s in scored.items()), key=lambda st: (-st[0], self.lex.name(st[1]) or ""))

    # ------------------------------------------------------------------------------------
    def _intent(self, text: str, r: Reading) -> None:
        cat = catalogue()
        cue = cat.cue_hits(text)
        r.cues = cue
        if cue["now"] and not r.dates:
            today = date.today().isoformat()
            r.dates.append({"text": "now", "start": today, "end": today, "precision": "day"})
        res = r.resolutions
        docs = [d for d in r.documents if not self.lex.get(d, "ref")]
        split = text.split()
        atoms = dict(cue, task=bool(r.tasks), holder=bool(r.holders), country=bool(r.countries), doc=bool(docs),
                     res=bool(res), res2=len(res) >= 2, date=bool(r.dates), body=bool(r.bodies),
                     mandate_word=bool({"mandate", "mandates", "ie", "post"} & set(split)) or bool(r.mandates),
                     bare=_bare(text, r))
        found = cat.matches(atoms)
        if not found:
            r.status = "not_understood"
            r.missing = _missing(cue, r)
            return
        r.kind = found[0][1]
        r.alternatives = [name for prio, name in found[1:] if prio < 85][:2]
        if r.kind == "diff" and any(isinstance(x, list) for x in res[:2]):
            r.status, r.candidates = "ambiguous", [i for x in res[:2] if isinstance(x, list) for i in x]
        elif r.kind in ("resolution_changes", "document_info", "reports_pursuant") and res and isinstance(res[0], list):
            r.status, r.candidates = "ambiguous", res[0]


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
