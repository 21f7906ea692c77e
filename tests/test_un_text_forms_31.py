"""Forms of UN text behind the misses of held_out_33's and held_out_34's sealed first runs in area A (document kinds,
symbols, citations and their dates; tests/documents/corpus/README.md), each on a small text of our own with made-up
numbers: the rule is for the form, not for the corpus text."""
from __future__ import annotations

import pytest

from mandate_lineage.loaders.documents import extract

from .corpus_eval import keys


def _x(text: str):
    return extract(text, "t")


def _cites(text: str) -> list[str]:
    return sorted(keys(_x(text))["citations"])


# ------------------------------------------------------------------ citations: "in the year 1999"

@pytest.mark.parametrize("lead", ["At its session in the year 1997 the Commission on Human Rights",
                                  "In the year 1997 the Commission on Human Rights",
                                  "At its fifty-third session, in the year 1997, the Commission on Human Rights"])
def test_the_year_written_as_in_the_year_dates_the_act(lead):
    text = (f"A note on a mandate\n\n{lead} decided to appoint a special rapporteur on a theme for three years "
            "(resolution 1997/41). The expert then reported every year.\n")
    assert _cites(text) == ["CHR 1997/41 @1997"]


def test_the_year_of_a_report_only_named_dates_nothing():
    text = ("A note on a mandate\n\nIn the year 1998 the expert reported to the Commission as it had asked "
            "(resolution 1997/41).\n")
    assert _cites(text) == ["CHR 1997/41"]
