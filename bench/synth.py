"""Synthetic corpus: data/-shaped curated YAML for N mandates over Y years.

    python bench/synth.py --mandates N --years Y --seed S --out DIR [--violations K]

The corpus follows data/README.md and has the structure of the real data: each mandate is created
by a resolution and renewed every three years (with follow-up resolutions and decisions in between);
its tasks are added, reaffirmed, changed and superseded by those resolutions; holders serve two
three-year terms each (one term in four has two sources that disagree on the appointment month);
each year brings a thematic report, a call for inputs, a completed country visit with its mission
report, and a visit request that the next year's visit answers. Every record cites a source.

The same arguments give the same bytes. Without --violations the corpus conforms to the shapes;
with --violations K it holds exactly K violations of each kind in INJECTIONS (each injection is an
extra record that breaks one rule and yields exactly one validation result), and DIR/synth.json
lists what was injected and the result count expected per shape.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from pathlib import Path

BASE_YEAR = 2000
MLS = "https://w3id.org/mandate-lineage/shapes#"

COUNTRIES = [
    ("AR", "Argentina"), ("BR", "Brazil"), ("CL", "Chile"), ("CO", "Colombia"), ("CU", "Cuba"), ("EC", "Ecuador"),
    ("EG", "Egypt"), ("ET", "Ethiopia"), ("FJ", "Fiji"), ("GH", "Ghana"), ("GR", "Greece"), ("IS", "Iceland"),
    ("JP", "Japan"), ("KE", "Kenya"), ("LK", "Sri Lanka"), ("MA", "Morocco"), ("MX", "Mexico"), ("NO", "Norway"),
    ("NP", "Nepal"), ("PE", "Peru"), ("PH", "Philippines"), ("PT", "Portugal"), ("SN", "Senegal"), ("TN", "Tunisia"),
    ("TZ", "Tanzania"), ("UY", "Uruguay"), ("VN", "Viet Nam"), ("ZA", "South Africa"), ("ZM", "Zambia"), ("ZW", "Zimbabwe"),
]
TOPICS = [
    "international solidarity", "foreign debt", "the right to development", "access to safe drinking water",
    "adequate housing", "the right to food", "extreme poverty", "cultural rights", "the environment",
    "older persons", "albinism", "the rights of migrants", "freedom of expression", "peaceful assembly",
    "privacy", "truth and justice", "leprosy", "toxic substances", "unilateral coercive measures", "health",
]
VERBS = ["Study", "Monitor", "Report on", "Promote", "Review", "Assess", "Identify good practice on", "Consult States on"]
OBJECTS = [
    "obstacles to the enjoyment of the right", "the effects of economic policy on the right",
    "national legislation and its implementation", "the participation of civil society",
    "cooperation with treaty bodies", "the situation of groups at risk", "guidelines for States",
    "the gender dimension of the mandate", "follow-up to country visits", "regional approaches",
]
FIRST = ["Amina", "Jorge", "Li", "Olga", "Kwame", "Priya", "Tomas", "Fatima", "Hiroshi", "Ngozi", "Elena", "Samir"]
LAST = ["Okafor", "Dandan", "Rizki", "Bailliet", "Lumina", "Bohoslavsky", "Ferreira", "Sato", "Mensah", "Kaur", "Novak", "Haddad"]
BAD_PARAGRAPH = "7bis"


def shape(name: str) -> str:
    return MLS + name


# kind -> (the shape or constraint that reports it, what the extra record does)
INJECTIONS = {
    "dangling-pursuant": ("DocumentShape-pursuant", "a note presented pursuant to a resolution that is not in the data"),
    "term-order": ("TermShape-order", "a holder's term that ends before it starts"),
    "missing-holder-name": ("PersonShape-name", "a holder without a name"),
    "short-task-label": ("TaskShape-label", "a task whose label is shorter than ten characters"),
    "task-without-origin": ("TaskShape-hasOrigin", "a task with no 'added' event"),
    "symbol-series": ("LegalResourceShape-symbolPattern", "a resolution with a decision's symbol"),
    "visit-outside-term": ("VisitShape-withinTerm", "a completed visit dated outside every term of its holder"),
    "visit-before-mandate": ("VisitShape-afterMandate", "a completed visit dated before the mandate was created"),
    "visit-order": ("VisitShape-order", "a visit that ends before it starts"),
    "reaffirmed-before-added": ("NotBeforeAddedShape-date", "a task reaffirmed by a resolution older than the one that added it"),
    "document-before-resolution": ("DocumentShape-notBeforeResolution", "a note dated before the resolution it answers"),
    "bad-paragraph-number": ("ParagraphShape-number", "an event citing paragraph '7bis'"),
}


# -- a small YAML writer (block mappings; scalars as JSON, which YAML reads as quoted strings) ---------------
def _scalar(value) -> str:
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_scalar(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list) and all(not isinstance(v, (dict, list)) or _flat(v) for v in value):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def _flat(value) -> bool:
    return isinstance(value, dict) and all(not isinstance(v, (dict, list)) for v in value.values())


class Raw:
    """A plain YAML token (an unquoted date)."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text


def _mapping(rec: dict, indent: str, first: str) -> list[str]:
    lines = []
    prefix = first
    for key, value in rec.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) and not _flat(v) for v in value):
            lines.append(f"{prefix}{key}:")
            for item in value:
                lines.extend(_mapping(item, indent + "    ", indent + "  - "))
        else:
            lines.append(f"{prefix}{key}: {_scalar(value)}")
        prefix = indent
    return lines


def dump_records(records: list[dict], header: str) -> str:
    lines = [f"# {header}", ""]
    for rec in records:
        lines.extend(_mapping(rec, "  ", "- "))
        lines.append("")
    return "\n".join(lines)


def dump_mapping(rec: dict, header: str) -> str:
    return "\n".join([f"# {header}"] + _mapping(rec, "", "")) + "\n"


def src(doc: str, at: str) -> dict:
    return {"doc": doc, "at": at}


def day(y: int, m: int, d: int) -> Raw:
    return Raw(f"{y:04d}-{m:02d}-{d:02d}")


# -- one mandate ---------------------------------------------------------------------------------------------
class MandateWriter:
    def __init__(self, index: int, years: int, rng: random.Random):
        self.i = index
        self.n = index + 1  # resolution / report number: unique per mandate within a session
        self.years = years
        self.rng = rng
        self.key = f"synth-{index:04d}"
        self.topic = TOPICS[index % len(TOPICS)]
        self.page = f"{self.key}-ohchr-page"
        self.sources: list[dict] = []
        self.resolutions: list[dict] = []
        self.res_meta: list[dict] = []  # per year: ref, symbol, adopted (y, m, d)
        self.tasks: list[dict] = []
        self.holders: list[dict] = []
        self.visits: list[dict] = []
        self.documents: list[dict] = []
        self.terms: list[tuple[str, tuple, tuple | None]] = []  # holder key, start, end (y, m, d)
        self.month = (3, 6, 9)[index % 3]

    # sessions: three a year; this mandate's resolutions come in session 3y + 1 + (i mod 3)
    def session(self, y: int) -> int:
        return 3 * y + 1 + self.i % 3

    def report_symbol(self, y: int) -> str:
        return f"A/HRC/{self.session(y) + 1}/{self.n}"

    def build(self) -> None:
        self.sources.append({"key": self.page, "title": f"Special Rapporteur on {self.topic} ({self.key}): OHCHR mandate page",
                             "url": f"https://www.ohchr.org/en/special-procedures/{self.key}", "publisher": "OHCHR", "kind": "web-page"})
        self.write_resolutions()
        self.write_holders()
        self.write_tasks()
        self.write_visits_and_documents()

    def write_resolutions(self) -> None:
        for y in range(self.years):
            s = self.session(y)
            decision = y % 3 == 2
            ref = f"HRC {s}/{self.n}"
            symbol = f"A/HRC/{'DEC' if decision else 'RES'}/{s}/{self.n}"
            adopted = (BASE_YEAR + y, self.month, 20 + self.i % 8)
            action = "created" if y == 0 else ("renewed" if y % 3 == 0 else "none")
            rec = {"ref": ref, "kind": "decision" if decision else "resolution", "symbol": symbol, "body": "HRC", "session": s,
                   "adopted": day(*adopted),
                   "title": f"{'Decision' if decision else 'Resolution'} {s}/{self.n} on {self.topic} ({BASE_YEAR + y})",
                   "mandate_action": action}
            if action in ("created", "renewed"):
                rec["period"] = "P3Y"
            if y > 0:
                rec["recalls"] = [self.res_meta[y - 1]["ref"]]
                rec["reaffirms"] = [self.res_meta[0]["ref"]]
            rec["sources"] = [src(symbol, "heading"), src(self.page, f"table row {BASE_YEAR + y}")]
            self.resolutions.append(rec)
            self.res_meta.append({"ref": ref, "symbol": symbol, "adopted": adopted})

    def write_holders(self) -> None:
        # Holder k serves two three-year terms from 15 January of year 1 + 6k (the first appointment follows creation).
        k = 0
        while k == 0 or 1 + 6 * k < self.years:
            hkey = f"{self.key}-h{k}"
            first = BASE_YEAR + 1 + 6 * k
            name = f"{FIRST[(self.i + k) % len(FIRST)]} {LAST[(self.i * 5 + k) % len(LAST)]} {self.i}-{k}"
            press = f"{self.key}-press-{k}"
            self.sources.append({"key": press, "title": f"OHCHR press release: {name} appointed", "kind": "press-release",
                                 "url": f"https://www.ohchr.org/en/press-releases/{self.key}-{k}", "date": day(first - 1, 12, 10)})
            terms = []
            for t in range(2):
                start = (first + 3 * t, 1, 15)
                end = (first + 3 * t + 3, 1, 14)
                if t == 1 and start[0] >= BASE_YEAR + self.years:
                    break  # the second term would begin after the corpus ends
                open_term = end[0] > BASE_YEAR + self.years  # still running when the corpus ends
                renewal_year = start[0] - BASE_YEAR - 1
                term = {}
                if t == 0 and k % 4 == 1:
                    # two sources disagree on the month of appointment: both kept, the disagreement recorded
                    term["appointed"] = [{"value": f"{first - 1:04d}-11", "source": src(press, "para. 1")},
                                         {"value": f"{first - 1:04d}-12", "source": src(self.page, f"holders table row {k + 1}")}]
                else:
                    term["appointed"] = f"{start[0] - 1:04d}-12"
                term["took_up_functions"] = day(*start)
                if not open_term:
                    term["end"] = day(*end)
                term["appointed_by"] = "HRC"
                term["pursuant_to"] = self.res_meta[max(0, min(renewal_year, self.years - 1))]["ref"]
                term["source"] = src(press, f"para. {2 + t}")
                terms.append(term)
                self.terms.append((hkey, start, None if open_term else end))
                if open_term:
                    break
            self.holders.append({"key": hkey, "name": name, "gender": "female" if (self.i + k) % 2 else "male",
                                 "sources": [src(press, "para. 1"), src(self.page, f"holders table row {k + 1}")], "terms": terms})
            k += 1

    def holder_at(self, y: int, m: int = 6) -> str | None:
        for hkey, start, end in self.terms:
            if start <= (y, m, 1) and (end is None or (y, m, 1) <= end):
                return hkey
        return None

    def write_tasks(self) -> None:
        rng = self.rng
        active: list[str] = []
        serial = 0

        def new_task(y: int, para: str) -> dict:
            nonlocal serial
            key = f"task-{serial}"
            serial += 1
            verb, obj = VERBS[(self.i + serial) % len(VERBS)], OBJECTS[(self.i * 3 + serial) % len(OBJECTS)]
            rec = {"key": key, "label": f"{verb} {obj} in relation to {self.topic} (task {serial} of {self.key})",
                   "aliases": [obj.split()[-1], f"{self.topic} {serial}"],
                   "source": src(self.report_symbol(y), f"para. {5 + serial % 20}"),
                   "events": [{"kind": "added", "by": self.res_meta[y]["ref"], "paragraph": para,
                               "source": src(self.res_meta[y]["symbol"], f"para. {para}")}]}
            self.tasks.append(rec)
            active.append(key)
            return rec

        by_key = {}
        for p, letter in enumerate("abcd"):
            rec = new_task(0, f"1 ({letter})")
            by_key[rec["key"]] = rec
        for y in range(3, self.years, 3):
            meta = self.res_meta[y]
            # reaffirm about half of the active tasks, change one, supersede one by a new task, add one
            for n, key in enumerate(sorted(active)):
                if rng.random() < 0.5:
                    by_key[key]["events"].append({"kind": "reaffirmed", "by": meta["ref"], "paragraph": "2",
                                                  "source": src(meta["symbol"], "para. 2")})
            changed = rng.choice(active)
            by_key[changed]["events"].append({"kind": "changed", "by": meta["ref"], "paragraph": "3",
                                              "note": f"The scope widens to the regional level (renewal of {BASE_YEAR + y}).",
                                              "source": src(meta["symbol"], "para. 3")})
            successor = new_task(y, "4 (a)")
            by_key[successor["key"]] = successor
            old = rng.choice([k for k in active if k != successor["key"]])
            active.remove(old)
            by_key[old]["events"].append({"kind": "superseded", "by": meta["ref"], "paragraph": "4 (a)",
                                          "superseded_by": successor["key"], "source": src(meta["symbol"], "para. 4 (a)")})
            added = new_task(y, "5")
            by_key[added["key"]] = added

    def write_visits_and_documents(self) -> None:
        for y in range(self.years):
            year = BASE_YEAR + y
            report = self.report_symbol(y)
            holder = self.holder_at(year)
            doc = {"symbol": report, "kind": "thematic-report", "body": "HRC", "session": self.session(y) + 1, "year": year}
            if y % 2 == 0:
                doc["date"] = day(year, 11, 15)
            if holder:
                doc["author"] = holder
            doc["theme"] = f"{self.topic}: annual report {year}"
            doc["pursuant_to"] = self.res_meta[y - y % 3]["ref"]
            doc["source"] = src(self.page, f"reports table row {year}")
            self.documents.append(doc)
            self.documents.append({"key": f"{self.key}-cfi-{year}", "kind": "call-for-inputs", "body": "HRC", "year": year,
                                   "deadline": day(year, 4, 30), "title": f"Call for inputs: {self.topic} {year}",
                                   "source": src(self.page, f"calls for inputs row {year}")})
            if holder is None:
                continue
            code, name = COUNTRIES[(self.i * 7 + y * 3) % len(COUNTRIES)]
            nxt_code, nxt_name = COUNTRIES[(self.i * 7 + (y + 1) * 3) % len(COUNTRIES)]
            mission = f"{report}/Add.1"
            visit = {"key": f"{code.lower()}-{year}", "country": {"code": code, "name": name}, "holder": holder,
                     "start": day(year, 5, 10), "end": day(year, 5, 10 + 4 + self.i % 5), "status": "completed",
                     "report": mission}
            if y > 0 and self.holder_at(year - 1):
                visit["request"] = f"{code.lower()}-{year - 1}-request"
            visit["sources"] = [src(mission, "para. 1"), src(self.page, f"country visits row {year}")]
            self.visits.append(visit)
            self.visits.append({"key": f"{nxt_code.lower()}-{year}-request", "country": {"code": nxt_code, "name": nxt_name},
                                "holder": holder, "status": "requested", "source": src(self.page, f"requests row {year}")})
            self.documents.append({"symbol": mission, "kind": "mission-report", "body": "HRC", "session": self.session(y) + 1,
                                   "year": year, "author": holder, "addendum_to": report, "pursuant_to": self.res_meta[y - y % 3]["ref"],
                                   "title": f"Visit to {name}", "source": src(self.page, f"country visits row {year}")})

    # -- injected violations: each extra record breaks one rule once --------------------------------------------
    def inject(self, kind: str, serial: int) -> None:
        created = self.res_meta[0]
        year0 = BASE_YEAR
        if kind == "dangling-pursuant":
            self.documents.append({"symbol": f"A/HRC/INF/{self.n}/{serial}", "kind": "note", "body": "HRC", "year": year0 + 1,
                                   "pursuant_to": f"HRC 999/{serial + 1}", "source": src(self.page, f"injected {serial}")})
        elif kind == "term-order":
            press = f"{self.key}-press-0"
            self.holders.append({"key": f"{self.key}-x{serial}", "name": f"Injected Holder {serial}", "source": src(press, "para. 9"),
                                 "terms": [{"start": day(1995, 6, 1), "end": day(1995, 1, 1), "appointed_by": "HRC",
                                            "source": src(press, f"injected {serial}")}]})
        elif kind == "missing-holder-name":
            press = f"{self.key}-press-0"
            self.holders.append({"key": f"{self.key}-y{serial}", "source": src(press, "para. 9"),
                                 "terms": [{"start": day(1990, 2, 1), "end": day(1990, 12, 31), "appointed_by": "HRC",
                                            "source": src(press, f"injected {serial}")}]})
        elif kind == "short-task-label":
            self.tasks.append({"key": f"injected-short-{serial}", "label": "Short", "source": src(self.page, f"injected {serial}"),
                               "events": [{"kind": "added", "by": created["ref"], "paragraph": "9",
                                           "source": src(created["symbol"], "para. 9")}]})
        elif kind == "task-without-origin":
            self.tasks.append({"key": f"injected-orphan-{serial}", "label": "A task whose origin no source gives",
                               "source": src(self.page, f"injected {serial}")})
        elif kind == "symbol-series":
            self.resolutions.append({"ref": f"HRC 998/{serial + 1}", "kind": "resolution", "symbol": f"A/HRC/DEC/998/{serial + 1}",
                                     "body": "HRC", "session": 998, "source": src(self.page, f"injected {serial}")})
        elif kind == "visit-outside-term":
            holder = self.terms[0][0]
            self.visits.append({"key": f"injected-outside-{serial}", "country": {"code": "NO", "name": "Norway"}, "holder": holder,
                                "start": day(year0, 12, 1), "end": day(year0, 12, 5), "status": "completed",
                                "source": src(self.page, f"injected {serial}")})
        elif kind == "visit-before-mandate":
            self.visits.append({"key": f"injected-early-{serial}", "country": {"code": "NO", "name": "Norway"},
                                "start": day(1999, 5, 10), "end": day(1999, 5, 12), "status": "completed",
                                "source": src(self.page, f"injected {serial}")})
        elif kind == "visit-order":
            self.visits.append({"key": f"injected-order-{serial}", "country": {"code": "NO", "name": "Norway"},
                                "start": day(year0 + 1, 5, 12), "end": day(year0 + 1, 5, 10), "status": "completed",
                                "source": src(self.page, f"injected {serial}")})
        elif kind == "reaffirmed-before-added":
            later = self.res_meta[1]
            self.tasks.append({"key": f"injected-early-reaffirmed-{serial}", "label": "A task reaffirmed before it was added",
                               "source": src(self.page, f"injected {serial}"),
                               "events": [{"kind": "added", "by": later["ref"], "paragraph": "8", "source": src(later["symbol"], "para. 8")},
                                          {"kind": "reaffirmed", "by": created["ref"], "paragraph": "8",
                                           "source": src(created["symbol"], "para. 8")}]})
        elif kind == "document-before-resolution":
            self.documents.append({"symbol": f"A/HRC/INF/{self.n}/{serial}", "kind": "note", "body": "HRC", "year": 1999,
                                   "pursuant_to": created["ref"], "source": src(self.page, f"injected {serial}")})
        elif kind == "bad-paragraph-number":
            self.tasks.append({"key": f"injected-paragraph-{serial}", "label": "A task cited with a malformed paragraph number",
                               "source": src(self.page, f"injected {serial}"),
                               "events": [{"kind": "added", "by": created["ref"], "paragraph": BAD_PARAGRAPH,
                                           "source": src(created["symbol"], f"para. {BAD_PARAGRAPH}")}]})
        else:
            raise ValueError(f"unknown violation kind {kind!r}")

    def write(self, out: Path) -> None:
        folder = out / "mandates" / self.key
        folder.mkdir(parents=True)
        created = self.res_meta[0]
        mandate = {"key": self.key, "label": f"Special Rapporteur on {self.topic} (synthetic mandate {self.i})", "kind": "thematic",
                   "established_by": created["ref"], "sources": [src(created["symbol"], "para. 1"), src(self.page, "introduction")]}
        (folder / "mandate.yaml").write_text(dump_mapping(mandate, f"Synthetic mandate {self.key}"))
        for name, records in (("sources", self.sources), ("resolutions", self.resolutions), ("tasks", self.tasks),
                              ("holders", self.holders), ("visits", self.visits), ("documents", self.documents)):
            (folder / f"{name}.yaml").write_text(dump_records(records, f"Synthetic {name} of {self.key}"))


BODIES = [
    {"key": "GA", "label": "General Assembly", "source": src("A/RES/60/251", "heading")},
    {"key": "HRC", "label": "Human Rights Council", "parent": {"value": "GA", "source": src("A/RES/60/251", "para. 1")},
     "source": src("A/RES/60/251", "para. 1")},
    {"key": "CHR", "label": "Commission on Human Rights", "source": src("A/RES/60/251", "para. 13")},
    {"key": "OHCHR", "label": "Office of the United Nations High Commissioner for Human Rights", "source": src("synth-ohchr-home", "about")},
]


def generate(mandates: int, years: int, seed: int, out: Path, violations: int = 0) -> dict:
    """Write the corpus into out (replacing it); return the description also written to out/synth.json."""
    if mandates < 1 or years < 2:
        raise ValueError("need at least one mandate and two years")
    if mandates > 9000:
        raise ValueError("at most 9000 mandates (resolution numbers have at most four digits)")
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    (out / "mandates").mkdir(parents=True)
    writers = []
    for i in range(mandates):
        writer = MandateWriter(i, years, random.Random(f"{seed}:{i}"))
        writer.build()
        writers.append(writer)
    injected = []
    expected: dict[str, int] = {}
    serial = 0
    for k_index, kind in enumerate(INJECTIONS):
        for k in range(violations):
            target = writers[(k_index * violations + k) % mandates]
            target.inject(kind, serial)
            injected.append({"kind": kind, "mandate": target.key, "serial": serial})
            expected[shape(INJECTIONS[kind][0])] = expected.get(shape(INJECTIONS[kind][0]), 0) + 1
            serial += 1
    for writer in writers:
        writer.write(out)
    (out / "bodies.yaml").write_text(dump_records(BODIES, "UN bodies of the synthetic corpus"))
    (out / "sources.yaml").write_text(dump_records(
        [{"key": "synth-ohchr-home", "title": "OHCHR home page (synthetic corpus)", "url": "https://www.ohchr.org/en/about-us",
          "publisher": "OHCHR", "kind": "web-page"}], "Sources without a UN symbol"))
    info = {"mandates": mandates, "years": years, "seed": seed, "violations_per_kind": violations,
            "expected_results": dict(sorted(expected.items())), "injected": injected}
    (out / "synth.json").write_text(json.dumps(info, indent=1) + "\n")
    return info


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mandates", type=int, required=True)
    parser.add_argument("--years", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--violations", type=int, default=0, help="inject K violations of each kind")
    args = parser.parse_args(argv)
    info = generate(args.mandates, args.years, args.seed, args.out, args.violations)
    print(f"wrote {info['mandates']} mandates x {info['years']} years to {args.out}"
          + (f" with {args.violations} violation(s) of each of {len(INJECTIONS)} kinds" if args.violations else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
