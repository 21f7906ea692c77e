"""Forms of UN text that held_out_15's blind first run missed (tests/documents/corpus/README.md), each on a small
text of our own: the rule is for the form, not for the corpus text."""
from __future__ import annotations

from mandate_lineage.loaders.documents import extract
from mandate_lineage.loaders.people import find_holders
from mandate_lineage.loaders.resolution_citations import find_resolution_citations
from mandate_lineage.loaders.visits import find_visits


def _cits(t):
    return [(c.number, c.date) for c in find_resolution_citations(" ".join(t.split()))]


def test_citation_dates_across_quoted_titles_and_pairs():
    assert _cits('Recalling its resolutions 5/1 "Building the Council" and 5/2 "Code of Conduct for Mandate-\n\n'
                 'holders" of 18 June 2007,') == [("5/1", "18 June 2007"), ("5/2", "18 June 2007")]
    assert _cits("Recalling its resolutions 44/205 of 22 December 1989, 46/148 and 46/151 of 18 December 1991 and "
                 "47/198 of 22 December 1992,") == [("44/205", "22 December 1989"), ("46/148", "18 December 1991"),
                                                    ("46/151", "18 December 1991"), ("47/198", "22 December 1992")]
    assert _cits("its resolutions 46/148 and 47/151 of 18 December 1992,")[0] == ("46/148", None)   # another session


def test_adoption_line_and_date_of_issue():
    res = extract("Human Rights Council\n\nResolution 6/9. A topic\n\nThe Human Rights Council,\n\nRecalling "
                  "resolution 5/1,\n\nAdopted on 27 September 2007\n", "r")
    assert res.document.adopted == "2007-09-27"
    ga = extract("United Nations\n\nA/RES/50/99\n\nGeneral Assembly\n\nDistr. GENERAL\n\n2 February 1996\n\n"
                 "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY\n\n50/99. A topic\n\nThe General Assembly,\n\nRecalling its "
                 "resolution 41/202 of 8 December 1986,\n", "g")
    assert ga.document.symbol == "A/RES/50/99" and ga.document.adopted is None


def test_table_of_visits_kinds_and_own_symbol():
    page = ("Skip to main content\n\nCountry visits\n\nThe Special Rapporteur makes country visits.\n\nYear\nCountry\n"
            "Report\n2023Peru (22 May/2June)A/HRC/56/99/Add.1\n2019Ghana (August/September)\nA/HRC/47/99/Add.2\n"
            "2018El Salvador (January/ February)\nA/HRC/38/99/Add.3\n2017Iraq (November)\nA/HRC/38/99/Add.4\n")
    x = extract(page, "p")
    assert x.document.kind == "page" and x.document.symbol is None
    assert [(v.country, v.start, v.end, v.status) for v in x.visits] == [
        ("Peru", "2023-05-22", "2023-06-02", "completed"), ("Ghana", "2019-08", "2019-09", "completed"),
        ("El Salvador", "2018-01", "2018-02", "completed"), ("Iraq", "2017-11", None, "completed")]
    st = extract("Header image for news printout\n\nStatement to the 8th session of the Advisory Committee by Ana B. "
                 "Lima Independent Expert on Solidarity\n\n22 February 2012\n\nMr. Chairperson,\n\nI thank you for "
                 "meeting me this morning. I will speak of my work.\n", "s")
    assert st.document.kind == "statement" and [h.name for h in st.holders] == ["Ana B. Lima"]
    cov = extract("Seventy-seventh Session,\n27th & 28th Meetings (AM & PM)\nGA/SHC/4999\n\nThird Committee hears "
                  "experts\n\nThe Committee heard two experts today.\n", "c")
    assert cov.document.kind == "press-release"


def test_holder_forms():
    hs = {h.name: h.appointed for h in find_holders(
        "Ana Lima, Chairperson of the United Nations Working Group on business, spoke. As mandate holder, I thank my predecessor, "
        "Mr. Rui Manuel Dias, who died last year. Statement by the UN Independent Expert on food, Ms. Eva. B. Sousa. "
        "The Council appointed Mr. Joao Pedro Costa (Chile) Special Rapporteur on migrants, the Special Rapporteur "
        "said. Joao Pedro Costa, the Special Rapporteur on migrants, spoke. The Council appointed Mr. Joao Pedro "
        "Costa (Chile) Special Rapporteur on migrants_in June 2017.")}
    assert hs == {"Ana Lima": None, "Rui Manuel Dias": None, "Eva B. Sousa": None, "Joao Pedro Costa": "2017-06"}
    full = find_holders("Report of the independent expert on debt, Bernardo Andre Nunes Lima\n\nSummary\n\nHere the "
                        "independent expert on debt, Bernardo Lima, gives an account of his work.")
    assert [h.name for h in full] == ["Bernardo Andre Nunes Lima"]
    assert [(v.country, v.start) for v in find_visits("Past visits: 2016Ghana (May) 2015Atlantis (June)")] == [
        ("Ghana", "2016-05")]                                   # a row names a country, or it is no visit
