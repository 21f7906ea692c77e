"""The small readers behind the extractors: UN date forms, mandate detection, document kinds,
votes, visits and holders in running text."""
from __future__ import annotations

from pathlib import Path

import pytest

from mandate_lineage.loaders.documents import extract
from mandate_lineage.loaders.mandate_detect import detect_mandate
from mandate_lineage.loaders.people import find_holders
from mandate_lineage.loaders.resolution_text import vote
from mandate_lineage.loaders.un_dates import find_ranges, parse_date
from mandate_lineage.loaders.visits import find_visits

from .corpus_eval import mandate_labels

CORPUS = Path(__file__).resolve().parent / "documents" / "corpus"


@pytest.mark.parametrize("text,iso", [("20 April 2005", "2005-04-20"), ("03 March 2022", "2022-03-03"),
                                      ("April 2005", "2005-04"), ("2005", "2005"), ("Spring 2005", None)])
def test_single_dates_stay_partial(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text,rng", [
    ("20-24 April 2005", ("2005-04-20", "2005-04-24")),
    ("from 2 to 10 September 2019", ("2019-09-02", "2019-09-10")),
    ("2\u201310 September 2019", ("2019-09-02", "2019-09-10")),
    ("21 February to 3 March 2022", ("2022-02-21", "2022-03-03")),
    ("(28 April to 8 May 2009)", ("2009-04-28", "2009-05-08")),
    ("18 June\u201312 July 2024", ("2024-06-18", "2024-07-12")),
    ("from 26 November 2012 to 8 January 2013", ("2012-11-26", "2013-01-08")),
    ("from March 3 to 10, 2016", ("2016-03-03", "2016-03-10")),
    ("March 28-April 2, 2022", ("2022-03-28", "2022-04-02"))])
def test_date_ranges(text, rng):
    assert [(r.start, r.end) for r in find_ranges(text)] == [rng]


def test_mandate_from_title_words_not_only_the_whole_label():
    labels = mandate_labels()
    assert detect_mandate("17/6 Mandate of the independent expert on human rights and international solidarity",
                          labels) == "international-solidarity"
    assert detect_mandate("The UN Independent Expert on foreign debt and human rights will visit", labels) == "foreign-debt"
    assert detect_mandate("The Special Rapporteur on the human rights of migrants; economic, social and cultural "
                          "rights", labels) is None
    assert detect_mandate("%%% a comment naming international solidarity\nA recipe.", labels) is None


def test_vote_forms():
    assert vote("[Adopted by a recorded vote of 32 to 14, with no abstentions.]") == "32-14-0"
    assert vote("[Adopted by a recorded vote of 31 to 14, with 2 abstentions.]") == "31-14-2"
    assert vote("[Adopted without a vote.]") == "without a vote"
    assert vote("The Council met.") is None


def test_decision_kind_date_vote_and_actions():
    text = (CORPUS / "tuned" / "d_hrc_16_118.txt").read_text(encoding="utf-8")
    d = extract(text, "d").document
    assert (d.kind, d.ref, d.adopted, d.vote, d.agenda_item) == ("decision", "HRC 16/118", "2011-03-25", "32-14-0", "1")
    x = extract(text, "d")
    assert [(m.action, m.until) for m in x.decisions] == [("postponed", None), ("extended", "2011-06")]
    for m in x.decisions:
        assert "extend" in text[m.span[0]:m.span[1]] or "postpone" in text[m.span[0]:m.span[1]]


def test_visits_status_by_tense_and_clause():
    t = ("The Special Rapporteur visited Nepal from 29 January to 5 February 2018, and he plans to visit "
         "Mali in May 2018. The expert will visit Ghana from 3 to 11 September 2026.")
    got = [(v.country, v.start, v.end, v.status) for v in find_visits(t)]
    assert ("Nepal", "2018-01-29", "2018-02-05", "completed") in got
    assert ("Mali", "2018-05", None, "announced") in got
    assert ("Ghana", "2026-09-03", "2026-09-11", "announced") in got


def test_holders_tied_to_a_post_with_their_dates():
    t = ("GENEVA (5 November 2018) - Obiora C. Okafor, the UN Independent Expert on human rights and international "
         "solidarity, will visit the Netherlands. Costa Rica, San José, is far. Mr. Obiora C. Okafor was appointed by "
         "the Human Rights Council in June 2017. He assumed his functions on 1 August 2017.")
    hs = {h.name: h for h in find_holders(t)}
    assert set(hs) == {"Obiora C. Okafor"}
    assert (hs["Obiora C. Okafor"].appointed, hs["Obiora C. Okafor"].took_up_functions) == ("2017-06", "2017-08-01")


def test_own_symbol_of_a_record_title_a_masthead_line_and_not_of_a_cited_one():
    rec = extract("DEC/5/102 Postponement of drafts\nAt its 9th meeting, on 18 June 2007, the Human Rights Council "
                  "decided to put off action on:\nA/HRC/5/L.4 Report on Lebanon\n", "r").document
    assert (rec.symbol, rec.kind, rec.adopted) == ("A/HRC/DEC/5/102", "decision", "2007-06-18")
    page = extract("Skip to main content\n\nSolidarity\n\nAt its 18th session A/HRC/RES/18/5, the Human Rights Council "
                   "noted the steps the drafting group had taken.\n", "p")
    assert (page.document.symbol, page.document.kind) == (None, "page")
    assert [c.ref for c in page.citations] == ["HRC 18/5"]
    add = extract("Report of the Independent Expert on human rights and international solidarity\n\nAddendum\n\n"
                  "Mission to Brazil\n\nUnited Nations A/HRC/23/45/Add.1\n", "a").document
    assert add.symbol == "A/HRC/23/45/Add.1"


def test_holder_who_took_office_on_a_date():
    t = ("Mr. Suliman Baldo\n(Sudan) took office\nas independent expert on the human rights situation in Mali on 1 August\n"
         "2013.")
    hs = find_holders(" ".join(t.split()))
    assert [(h.name, h.took_up_functions) for h in hs] == [("Suliman Baldo", "2013-08-01")]


def test_visit_forms_of_held_out_12():
    """Reported visits are past whatever the clause's tense; a month-first period takes the dateline's year; a mission
    called off voids the dateless mentions of its country."""
    t = ("GENEVA (27 February 2019) - He will speak on 28 February, when he presents his reports on the visits he made "
         "to Ukraine and Sri Lanka in 2018.")
    assert sorted((v.country, v.start, v.status) for v in find_visits(t)) == [
        ("Sri Lanka", "2018", "completed"), ("Ukraine", "2018", "completed")]
    blog = ("Official missions to Tajikistan and Japan\nFebruary 24, 2016\nThe Government of Tajikistan agreed to "
            "invite me for a country visit, which I will carry out from March 3 to 10. A mission to Japan was planned "
            "for 2015, but the Government cancelled it.")
    flat = blog.replace("\n", " ")
    lines = [i + 1 for i, c in enumerate(blog) if c == "\n"]       # each line a block, as the segmenter gives them
    got = [(v.country, v.start, v.end, v.status) for v in find_visits(flat, lines, src=blog)]
    assert got == [("Tajikistan", "2016-03-03", "2016-03-10", "announced")]


def test_holder_forms_of_held_out_12():
    t = ("Juan Pablo Bohoslavsky (L), the United Nations Independent Expert on foreign debt, met the press. "
         "Excellencies, Distinguished delegates, I speak for the first time since I took up this function in August "
         "2021. Lawmakers chose a new President. His predecessor Gotabaya Rajapaksa resigned last week.")
    hs = {h.name: h for h in find_holders(t)}
    assert set(hs) == {"Juan Pablo Bohoslavsky"}
    one = find_holders("Delivered by Ms Attiya Waris, Independent Expert on foreign debt. It is an honour to speak "
                       "here for the first time since I took up this function in August 2021.")
    assert [(h.name, h.took_up_functions) for h in one] == [("Attiya Waris", "2021-08")]


def test_first_person_texts_without_a_statement_frame():
    """In the first person but neither a speech nor an end-of-visit statement: a dated blog post is a post, an undated
    letter on a UN site a page; a press release's HR/HRC symbol is among its symbols."""
    blog = ("Official missions abroad\n\nFebruary 24, 2016\n\nAt my request the Government agreed to invite me. "
            "I will report to the Human Rights Council, and my team will meet civil society.\n")
    assert extract(blog, "b").document.kind == "press-release"
    letter = ("Skip to main content\n\nDear friends and colleagues,\n\nMy time as Independent Expert is ending. I have "
              "learnt a great deal, and I thank you all.\n")
    assert extract(letter, "l").document.kind == "page"
    pr = extract("Press releases Human Rights Council\n\nHuman Rights Council HR/HRC/06/60\nMORNING 6 October 2006\n\n"
                 "The Council this morning adopted a decision.\n", "p")
    assert "HR/HRC/06/60" in [s.symbol for s in pr.symbols]


def test_forms_of_held_out_13():
    """Citation dates "dated D" and ", from MONTH YYYY" (not a period "from D to D"); a list of resolutions with a topic
    after each item and no comma; a name running into an event's title; "theUN" glued; "Prof" and a post word split by
    a line-break hyphen; an OHCHR page of a GA report is a page though it names the Secretary-General."""
    from mandate_lineage.loaders.resolution_citations import find_resolution_citations
    t = ("Its terms are in resolution 12/3, from May 2019. Under para. 2 of resolution 8/1 dated 3 March 2010 it "
         "acts. The Council adopted resolution\n20/4 on debt relief, and\n20/5 on illicit funds. See resolution 9/9 "
         "from 1 to 5 June 2011.")
    got = [(c.number, c.date) for c in find_resolution_citations(t)]
    assert got == [("12/3", "May 2019"), ("8/1", "3 March 2010"), ("20/4", None), ("20/5", None), ("9/9", None)]
    hs = {h.name for h in find_holders(
        "Statement of the Independent Expert on foreign debt, Dr Ana Lima Round Table on Debt 2 May 2010. "
        "Mr. Dias said so, said Rui C. Dias, theUN Independent Expert on water. A UN Inde-pendent Expert on Food, "
        "Prof Eva Sousa, spoke.")}
    assert hs == {"Ana Lima", "Rui C. Dias", "Eva Sousa"}
    page = ("Skip to main content\nReport\n\nA study: report\n\nIssued by\n\nIndependent Expert on debt\n\nSymbol Number"
            "\n\nA/75/999\n\nBackground\n\nThe Secretary-General has called it a threat.\n")
    assert extract(page, "p").document.kind == "page"


def test_visit_forms_of_held_out_14():
    """A month-first period of a list takes the year of "visits in YYYY" before it; a visit sentence that names no
    country takes a place the text locates, the period of the visit just read, or the text's one country for the
    expert's own mission; "was in COUNTRY" is a visit; a year after a comma is another clause's."""
    cal = ("logo ONU\n\nCalendar of official country visits\n\nThe Special Rapporteur will make two official visits in "
           "2018:\n\n  • Mr Alves will visit Honduras from April 28 to May 12,\n  • Mr Alves will visit Moldova from "
           "June 25 to July 1.\n")
    x = extract(cal, "c")
    assert x.document.kind == "page" and [h.name for h in x.holders] == ["Alves"]
    assert sorted((v.country, v.start, v.end, v.status) for v in x.visits) == [
        ("Honduras", "2018-04-28", "2018-05-12", "announced"), ("Republic of Moldova", "2018-06-25", "2018-07-01", "announced")]
    def got(t):
        return [(v.country, v.start, v.end, v.status) for v in find_visits(" ".join(t.split()), src=t)]
    assert got("Havana, Cuba, Jul 14 (ACN) At a press conference after ending a five-day visit to Havana, the expert "
               "said she will report in June.") == [("Cuba", None, None, "completed")]
    assert got(" date 2019-07-18 -\nThe rapporteur is due to arrive in Sri Lanka today (18). The official visit of "
               "the rapporteur is scheduled from 18 to 26 July 2019.") == [("Sri Lanka", "2019-07-18", "2019-07-26", "announced")]
    assert got("From 25 July to 5 August 2011 the Independent Expert on debt was in the Democratic Republic of the "
               "Congo.") == [("Democratic Republic of the Congo", "2011-07-25", "2011-08-05", "completed")]
    assert got("UN expert urges DRC Government to audit its debt\n\nKINSHASA (5 August 2011) - The expert called for an "
               "audit. Mr. Lima spoke as he closed his ten-day fact-finding mission.") == [
        ("Democratic Republic of the Congo", None, None, "completed")]
    assert got("The expert visited Cuba last week. Do not praise Cuba for allowing this visit, as a former official "
               "did in 2008.") == [("Cuba", None, None, "completed")]


def test_holder_citation_and_kind_forms_of_held_out_14():
    hs = {h.name for h in find_holders(
        "Statements\n\nThe Independent Expert on debt, Dr Ana Lima Mission to Peru, 1-5 May 2013. Prof Eva Sousa is the "
        "new United Nations (UN) Independent Expert on Food. U.N. human rights council expert Rui Dias visited Peru. "
        "Besides Colombo, the Special Rapporteur will go to the North.")}
    assert hs == {"Ana Lima", "Eva Sousa", "Rui Dias"}
    from mandate_lineage.loaders.resolution_citations import find_resolution_citations
    t = "See UN Human Rights Council, Resolution 17/19, Human rights. The United Nations Human Rights Council Resolution 9/9"
    assert [c.number for c in find_resolution_citations(t)] == ["17/19"]
    rep = extract("A/HRC/2/99\n\nGeneral Assembly Distr. GENERAL\n\nREPORT OF THE HUMAN RIGHTS COUNCIL\n\nCONTENTS\n\n"
                  "A. Resolutions\n\n2/1. Review of mandates ........ 7\n\nB. Decisions\n\n2/101. Situation in a country "
                  "..... 14\n\nII. Other matters\n\n3/7. Not a listed text\n", "r")
    assert sorted((c.ref, c.kind) for c in rep.citations) == [("HRC 2/1", "resolution"), ("HRC 2/101", "decision")]
    mission = extract("United Nations A/HRC/52/99/Add.1\nDistr.: General\n\nVisit to Peru\n\nI. Introduction\n\n1. Acting "
                      "under Human Rights Council resolution 43/10, the Independent Expert made a visit to Peru from 2 to 9 "
                      "May 2022.\n", "m")
    assert [c.ref for c in mission.pursuant_to] == ["HRC 43/10"]
    res = extract("United Nations Human Rights Council Resolution 32/9 (2016)\n\nThe Human Rights Council,\n\nRecalling "
                  "General Assembly resolution 60/251 of 15 March 2006,\n\n3. Decides to appoint, for a period of three "
                  "years, an Independent Expert on a new issue;\n", "w")
    assert (res.document.adopted, [(d.action, d.period) for d in res.decisions]) == ("2016", [("created", "P3Y")])
    ngo = extract("Joint statement on reports by Independent Experts on Debt and on Food\n\nTwo organisations backed a "
                  "statement in the Human Rights Council's dialogue with the Independent Experts.\n", "n")
    assert ngo.document.kind == "statement"
    assert detect_mandate("Ms Ana Lima, independent expert of the UN International Human Rights and Solidarity "
                          "Committee, spoke.", mandate_labels()) == "international-solidarity"
