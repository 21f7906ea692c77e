"""Forms of UN text met in the sealed parts held_out_45/46 (fixer DD): document kinds, own symbols, citations and
pursuant-to, each read from sentences of our own."""
import pytest

from mandate_lineage.loaders.documents import extract


def _kind(text):
    return extract(text, "t.txt").document.kind


@pytest.mark.parametrize("text, kind", [
    # a page of a report under its running head (symbol, then page number), its body in plain prose
    ("A/HRC/71/4/Add.3\npage 2\n\n    Summary\n\n    The Special Rapporteur went to Freedonia from 2 to 9 May 2031. "
     "She thanks the authorities for their help and met officials in three provinces.\n", "report"),
    ("E/CN.4/2029/60/Add.1\nPage 6\nIntroduction\n1.\nAt the invitation of the authorities, the Special Rapporteur "
     "went to the country from 3 to 12 March 2028. The visit took in the capital and two regions.\n", "report"),
    ("page 4\nE/CN.4/2029/60/Add.1\n\n    Summary\n\n    The Special Rapporteur went to the country from 3 to 12 March "
     "2028 and met officials in the capital.\n", "report"),
    ("A/90/123\npage 3\n\nThe Independent Expert looks in this text at how debt weighs on public budgets and what "
     "lenders owe to the people of borrowing States.\n", "ga-report"),
    # a report's cover in Russian
    ("Организация Объединенных Наций\n\nA/HRC/71/4/Add.3\n\nСовет по правам человека\n\nПункт 3 повестки дня\n\n"
     "Доклад Специального докладчика\n\nДобавление\n\nРезюме\n\nСпециальный докладчик посетил страну.\n", "report"),
    # an end-of-visit summary of provisional recommendations, in Spanish and in English
    ("Relatora Especial sobre el derecho a la vivienda\n\nMisión a Freedonia\n3 – 12 marzo 2031\n\n"
     "Resumen de recomendaciones provisionales\n\n1. La Relatora Especial visitó el país por invitación del gobierno.\n",
     "statement"),
    ("Special Rapporteur on the right to water\n\nMission to Freedonia\n\nSummary of preliminary recommendations\n\n"
     "1. The Special Rapporteur went to the country at the invitation of the Government.\n", "statement"),
    # a site's list of reports: short entries under headings "Mission to X"
    ("Mission to Freedonia\n\nThe Special Rapporteur went to Freedonia in June 2031. Two sections of the report look at "
     "the law.\n\nMission to Sylvania\n\nThe right at stake protects every person's access to safe housing.\n", "page"),
])
def test_the_kind_a_text_layout_or_language_tells(text, kind):
    assert _kind(text) == kind


def test_a_report_cover_with_one_mission_heading_stays_a_report():
    text = ("Human Rights Council\nForty-first session\nAgenda item 3\n\nReport of the Special Rapporteur on the right "
            "to housing\n\nAddendum\n\nMission to Freedonia\n\nSummary\n\nThe Special Rapporteur went to the country.\n")
    assert _kind(text) == "report"


@pytest.mark.parametrize("text, symbol", [
    # an OHCHR release of the late 1990s, numbered by year, on a line of its own under the date
    ("Press releases\n\nEXPERT TO VISIT FREEDONIA\n\n3 March 1998\n\nHR/98/17\n3 March 1998\n\n"
     "The Special Rapporteur on housing will go to Freedonia next week, the Office said today.\n", "HR/98/17"),
    # a web copy whose title line opens with the report's symbol in lower case
    ("a/hrc/71/4/add.3 general assembly - documents site\n\nHuman Rights Council Seventy-first session Agenda item 3 "
     "Report of the Working Group Addendum Mission to Freedonia Summary The Working Group went to the country.\n",
     "A/HRC/71/4/Add.3"),
    ("e/cn.4/2029/60/add.1 - report of the special rapporteur\n\nCommission on Human Rights Report of the Special "
     "Rapporteur Addendum Summary The Special Rapporteur went to the country.\n", "E/CN.4/2029/60/Add.1"),
])
def test_an_own_symbol_in_an_older_or_lower_case_form(text, symbol):
    x = extract(text, "t.txt")
    assert x.document.symbol == symbol


_COVER = ("United Nations\n\nA/HRC/71/4/Add.3\n\nGeneral Assembly\n\nDistr.: General\n\nHuman Rights Council\n\n"
          "Agenda item 3\n\nVisit to Freedonia\n\nReport of the Special Rapporteur\n\nSummary\n\nThe Special Rapporteur "
          "went to Freedonia in May 2031.\n\n")


@pytest.mark.parametrize("para, ref", [
    # paragraph 1 of a mission report: the resolution, then the expert going to the country
    ("1. Pursuant to Human Rights Council resolution 62/7, the Special Rapporteur went to Freedonia from 2 to 9 May "
     "2031 at the invitation of the Government.", "HRC 62/7"),
    ("1. In accordance with Council resolution 62/7, the Special Rapporteur travelled to Freedonia in May 2031.", "HRC 62/7"),
    # the same in Spanish and French
    ("1. En virtud de la resolución 62/7 del Consejo de Derechos Humanos, la Relatora Especial hizo una visita oficial "
     "a Freedonia del 2 al 9 de mayo de 2031.", "HRC 62/7"),
    ("1. De conformidad con la resolución 62/7 del Consejo, la Relatora Especial visitó Freedonia en mayo de 2031.",
     "HRC 62/7"),
    ("1. Conformément à la résolution 62/7 du Conseil, la Rapporteuse spéciale a effectué une visite en Freedonie.",
     "HRC 62/7"),
])
def test_a_mission_report_answers_the_resolution_its_first_paragraph_names(para, ref):
    x = extract(_COVER + "I. Introduction\n\n" + para + "\n\n2. The Special Rapporteur met officials.\n", "t.txt")
    assert [c.ref for c in x.pursuant_to] == [ref]


def test_a_resolution_named_in_passing_in_paragraph_one_is_no_pursuant_to():
    para = ("1. The Special Rapporteur went to Freedonia in May 2031; the State had voted for resolution 62/7 of the "
            "Council some years before.")
    x = extract(_COVER + "I. Introduction\n\n" + para + "\n\n2. The Special Rapporteur met officials.\n", "t.txt")
    assert x.pursuant_to == []


@pytest.mark.parametrize("sentence, cited", [
    # a release's note that capitalises the act after its body's name, with its date
    ("(The place is named here in line with UN General Assembly Resolution 71/300 of 3 May 2031.)",
     ("GA 71/300", "resolution", "2031-05-03")),
    ("Under Human Rights Council Resolution 62/7 of 9 April 2030, the expert reports each year.",
     ("HRC 62/7", "resolution", "2030-04-09")),
    ("The Human Rights Council Decision 62/101, adopted on 9 April 2030, set the date.",
     ("HRC 62/101", "decision", "2030-04-09")),
])
def test_a_capitalised_act_after_its_body_and_before_its_date_is_cited(sentence, cited):
    x = extract("United Nations Human Rights Council press release.\n\n" + sentence + "\n", "t.txt")
    assert [(c.ref, c.kind, c.date) for c in x.citations] == [cited]


def test_a_capitalised_act_as_a_title_with_its_year_is_no_citation():
    x = extract("United Nations Human Rights Council press release.\n\nHuman Rights Council Resolution 62/7 (2030)\n",
                "t.txt")
    assert x.citations == []
