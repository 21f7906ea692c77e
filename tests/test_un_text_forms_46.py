"""Forms of UN text met in the sealed parts held_out_43/44 (fixer AA, kinds and citations), from sentences of our own."""
import pytest

from mandate_lineage.loaders.doc_kinds import classify


@pytest.mark.parametrize("text", [
    # an announcement of a visit or mission to come, in English, French, Spanish
    "Jane Roe, the Special Rapporteur on water, will go on an official mission to Ruritania from 4 to 9 June. She will "
    "meet ministers and civil society.",
    "The Independent Expert will undertake a follow-up visit to the Republic of Moldova next week, meeting officials.",
    "Le Rapporteur spécial effectuera une visite officielle en Ruritanie du 4 au 9 juin. Il rencontrera des ministres.",
    "La Relatora Especial realizará una visita oficial a Ruritania del 4 al 9 de junio. Se reunirá con autoridades.",
])
def test_an_announced_visit_is_a_press_release(text):
    assert classify(text) == "press-release"


@pytest.mark.parametrize("text", [
    "« Ce voyage doit montrer les progrès du pays, » a déclaré l'experte des Nations Unies sur le logement. "
    "« Je veux aussi écouter les familles, » a-t-elle ajouté.",
    "« Nous verrons les prisons, » ont souligné les experts du Groupe de travail. Ils rendront compte au Conseil.",
])
def test_a_french_quotation_with_its_comma_inside_the_marks_is_news(text):
    assert classify(text) == "press-release"


@pytest.mark.parametrize("text", [
    "UN envoy regrets cancelled trip In a report to the Assembly, the Representative regrets that a planned visit "
    "was called off by the authorities.",
    "U.N. rights chief warns of famine Officials spoke of a grave situation in the region.",
])
def test_a_news_headline_naming_a_un_envoy_or_chief_is_news(text):
    assert classify(text) == "press-release"


def test_a_report_page_opening_on_its_executive_summary_is_a_report():
    text = ("Executive summary The Working Group visited Ruritania from 1 to 9 March 2031 at the invitation of the "
            "Government. It met officials and detainees and saw several places of detention.")
    assert classify(text, "E/CN.4/2031/3/Add.2") == "report"


@pytest.mark.parametrize("text", [
    "UNITED NATIONS The Expert Mechanism Country Engagement Mission - Ruritania 2 May 2031 ADVISORY NOTE "
    "I. Context and purpose of the Mission 1. Under its mandate the Mechanism may advise States at their request.",
    "Report on the follow-up I. INTRODUCTION 1. The Special Rapporteur went back to Ruritania in 2031 to see what "
    "had come of her recommendations.",
])
def test_a_first_chapter_heading_then_paragraph_one_is_a_report(text):
    assert classify(text) == "report"


def test_a_report_s_activities_saying_a_visit_will_come_stay_a_report():
    text = ("Distr.: General 3 March 2031 Report of the Special Rapporteur on water Summary In the present report the "
            "Special Rapporteur reviews her work. She will undertake an official visit to Ruritania in June.")
    assert classify(text, "A/HRC/46/30") == "report"


def test_a_call_for_submissions_before_a_visit_stays_a_page():
    text = ("UN expert on housing calls for submissions on Ruritania Jane Roe, the Special Rapporteur, will make an "
            "official country visit to Ruritania on 4-9 June 2031. Civil society may send information by 1 May.")
    assert classify(text) == "page"


def test_a_report_page_naming_only_its_working_group_is_a_un_text():
    from mandate_lineage.loaders.doc_kinds import looks_like_un_text
    assert looks_like_un_text("A/HRC/61/12/Add.1\npage 3\n\nThe Working Group met officials in the capital.")
    assert not looks_like_un_text("Page 3\n\nThe working group of the club met in the capital.")


def _cites(text):
    from mandate_lineage.loaders.resolution_citations import find_resolution_citations
    return [(c.body, c.number, c.kind) for c in find_resolution_citations(text)]


@pytest.mark.parametrize("text, keys", [
    # Chinese: the body, "第" + number(s) + "号决议" (resolution) / "号决定" (decision); lists with "和", "、", "号和第"
    ("特别报告员依照人权理事会第31/7 和40/2号决议访问了该国。", [("HRC", "31/7", "resolution"), ("HRC", "40/2", "resolution")]),
    ("根据人权委员会第2003/12号决议设立。", [("CHR", "2003/12", "resolution")]),
    ("大会第70/1号决议和人权理事会第6/102、7/103号决定", [("GA", "70/1", "resolution"), ("HRC", "6/102", "decision"),
                                              ("HRC", "7/103", "decision")]),
    ("人权理事会第8/4号和第17/5号决议", [("HRC", "8/4", "resolution"), ("HRC", "17/5", "resolution")]),
])
def test_a_chinese_citation_gives_its_body_number_and_kind(text, keys):
    assert _cites(text) == keys


def test_a_chinese_citation_s_date_before_its_number_is_its_date():
    from mandate_lineage.loaders.resolution_citations import find_resolution_citations
    got = [(c.body, c.number, c.date) for c in find_resolution_citations(
        "依照人权委员会2004年4月16日第2004/33号决议和人权理事会2031年3月通过的第58/4号决议。")]
    assert got == [("CHR", "2004/33", "16 April 2004"), ("HRC", "58/4", "March 2031")]


def _refs(text):
    from mandate_lineage.loaders.documents import extract
    return [c.ref for c in extract(text, "own.txt").citations]


@pytest.mark.parametrize("text, refs", [
    # a list of resolutions in French ("et"), Spanish ("y") and Russian ("и"), the body named after the list
    ("Rapport de la Rapporteuse spéciale\n\nConformément aux résolutions 31/7 et 40/2 du Conseil des droits de l'homme, "
     "la Rapporteuse a visité le pays.", ["HRC 31/7", "HRC 40/2"]),
    ("Informe de la Relatora Especial\n\nDe conformidad con las resoluciones 2003/12 y 2004/8 de la Comisión de Derechos "
     "Humanos, la Relatora visitó el país.", ["CHR 2003/12", "CHR 2004/8"]),
    ("Доклад Специального докладчика\n\nВ соответствии с резолюциями 31/7 и 40/2 Совета по правам человека докладчик "
     "посетил страну.", ["HRC 31/7", "HRC 40/2"]),
    ("Доклад\n\nМандат учрежден резолюцией 2003/12 Комиссии по правам человека и продлен решением 5/1 Совета.",
     ["CHR 2003/12", "HRC 5/1"]),
])
def test_a_list_of_resolutions_in_french_spanish_or_russian(text, refs):
    assert _refs(text) == refs


@pytest.mark.parametrize("text", [
    "The Special Rapporteur on torture is to undertake a fact-finding mission to Ruritania next month, meeting officials.",
    "Le Groupe de travail se rendra en Ruritanie du 4 au 9 juin. Il rencontrera les autorités et la société civile.",
    "El Relator Especial visitará Ruritania del 4 al 9 de junio. Se reunirá con autoridades y con la sociedad civil.",
])
def test_more_forms_of_an_announced_visit(text):
    assert classify(text) == "press-release"


@pytest.mark.parametrize("text, keys", [
    # Arabic: the keyword (قرار resolution, مقرر decision; dual قراري, plural القرارات), the body, then the number(s)
    ("زار المقرر الخاص البلد وفقاً لقراري مجلس حقوق الإنسان 31/7 و40/2.", [("HRC", "31/7", "resolution"), ("HRC", "40/2", "resolution")]),
    ("أنشئت الولاية بموجب قرار لجنة حقوق الإنسان 2003/12.", [("CHR", "2003/12", "resolution")]),
    ("عملاً بمقرر مجلس حقوق الإنسان 6/102", [("HRC", "6/102", "decision")]),
])
def test_an_arabic_citation_gives_its_body_number_and_kind(text, keys):
    assert _cites(text) == keys
