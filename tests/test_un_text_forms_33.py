"""Forms of UN text behind the document-kind misses of the sealed blind parts held_out_35 and held_out_36
(tests/documents/corpus/README.md) and their neighbours, each on a small text of our own (invented names and places,
our own sentences): the rule is for the form of text, not for a corpus text. Area A of issue 16: document kinds."""
from __future__ import annotations

from mandate_lineage.loaders.documents import extract


def _kind(text: str) -> str | None:
    return extract(text, "t").document.kind


# --- a UN News story: the site's head and quotations given to the experts in the third person -------------------------

def test_un_news_story_with_the_sites_head():
    text = ("Global perspective Human stories\n\nUN experts call for the release of a jailed journalist\n\n"
            "A group of United Nations human rights experts has asked the authorities of Ruritania to free a reporter held "
            "for two years without trial.\n\n\"Nobody should be jailed for reporting the news,\" the experts said in a "
            "statement issued in Geneva.\n")
    assert _kind(text) == "press-release"


def test_news_story_whose_quotes_are_given_to_the_experts():
    text = ("UN experts urge an end to forced evictions\n\nSeveral United Nations independent experts have asked the "
            "Government of Freedonia to stop clearing informal settlements.\n\n\"Families are losing their homes with no "
            "notice at all,\" the experts said.\n\n\"The State must offer them a place to live,\" they added.\n")
    assert _kind(text) == "press-release"


# --- end-of-visit statements: their headings, and the first-person thanks for the invitation -------------------------

def test_preliminary_observations_heading_in_title_case():
    text = ("Preliminary Observations of the Special Rapporteur on the right to water, Ana Ruiz, on her visit to Ruritania\n\n"
            "UN Human Rights, 4 March 2031\n\nI speak to you today at the end of the official visit to Ruritania that I "
            "made from 20 February to 4 March. My first findings follow; the final report will go to the Council.\n")
    assert _kind(text) == "statement"


def test_end_of_mission_statement_with_hyphens():
    text = ("End-of-mission statement by the Independent Expert on older persons\n\nBogota, 3 May 2031\n\nThe Independent "
            "Expert visited the country from 20 April to 3 May at the Government's invitation and met officials.\n")
    assert _kind(text) == "statement"


def test_statement_thanking_the_government_for_the_invitation():
    text = ("Santa Clara, 9 June 2031\n\nI thank the Government of Ruritania for inviting me and for the open talks we held. "
            "I met ministers, judges and many groups of civil society during these ten days.\n")
    assert _kind(text) == "statement"


def test_spanish_end_of_visit_statement_thanking_the_government():
    text = ("Relatora Especial sobre el derecho al agua\n\nSra. Ana Ruiz\n\nCiudad Nueva, 9 de junio de 2031\n\n"
            "Doy las gracias al Gobierno de Freedonia por haberme invitado y por su apertura durante la visita. Me reuní "
            "con autoridades nacionales y locales.\n")
    assert _kind(text) == "statement"


def test_spanish_and_french_end_of_mission_headings():
    es = ("Declaración de fin de misión del Relator Especial sobre la alimentación\n\nLa visita se realizó del 2 al 12 "
          "de mayo de 2031 con la cooperación de las autoridades.\n")
    fr = ("Observations préliminaires de la Rapporteuse spéciale sur le logement\n\nLa visite a eu lieu du 2 au 12 mai "
          "2031 à l'invitation des autorités.\n")
    assert _kind(es) == "statement"
    assert _kind(fr) == "statement"


def test_french_statement_thanking_the_government():
    text = ("Ville-Neuve, 12 mai 2031\n\nJe remercie le Gouvernement de la Ruritanie de m'avoir invitée et de sa "
            "coopération pendant toute la visite. J'ai rencontré des ministres et des associations.\n")
    assert _kind(text) == "statement"


# --- a site's page about one report, with the report's title, symbol and summary --------------------------------------

def test_page_about_one_mission_report_on_a_holders_site():
    text = ("Ruritania\n\nReport of the Special Rapporteur on the right to water on her mission to Ruritania, "
            "A/HRC/90/12/Add.1\n\nThe Special Rapporteur presented this report to the Human Rights Council at its "
            "ninetieth session; it can be read in six languages here.\n\nNote by the Secretariat\n\nThe Secretariat has "
            "the honour to send the Human Rights Council the report of the Special Rapporteur on her visit to Ruritania "
            "from 2 to 12 May 2030.\n\n12. The Government has taken many steps, yet much remains to be done.\n")
    assert _kind(text) == "page"


def test_the_report_itself_under_its_secretariat_note_stays_a_report():
    text = ("A/HRC/90/12/Add.1\n\nDistr.: General\n\nHuman Rights Council\nNinetieth session\n\nReport of the Special "
            "Rapporteur on the right to water on her mission to Ruritania\n\nNote by the Secretariat\n\nThe Secretariat has "
            "the honour to send the Human Rights Council the report of the Special Rapporteur on her visit.\n\n"
            "1. The Special Rapporteur visited Ruritania from 2 to 12 May 2030.\n")
    assert _kind(text) == "report"


# --- neighbouring forms: media advisories, end-of-visit headings in Spanish and French ---------------------------------

def test_media_advisory_in_title_case():
    text = ("Media Advisory: Independent Expert on older persons to share findings of her visit\n\nThe Independent Expert "
            "on older persons will share her findings at a press conference at the end of her visit on 20 May 2031 at 11:00 "
            "in the UN House.\n")
    assert _kind(text) == "press-release"


def test_french_and_spanish_media_advisory_labels():
    fr = ("Avis aux médias\n\nL'Experte indépendante sur les personnes âgées présentera ses conclusions le 20 mai 2031 "
          "à la Maison des Nations Unies.\n")
    es = ("Aviso a los medios\n\nLa Experta Independiente sobre las personas de edad presentará sus conclusiones el 20 de "
          "mayo de 2031 en la Casa de las Naciones Unidas.\n")
    assert _kind(fr) == "press-release"
    assert _kind(es) == "press-release"


def test_french_statement_at_the_end_of_the_visit():
    text = ("Déclaration à la fin de la visite en Ruritanie de la Rapporteuse spéciale sur le droit à l'eau\n\n"
            "Ville-Neuve, 9 juin 2031\n\nLa Rapporteuse spéciale a rencontré des ministres et des associations.\n")
    assert _kind(text) == "statement"


def test_spanish_statement_at_the_end_of_the_visit():
    text = ("Declaración al final de la visita a Freedonia del Relator Especial sobre la alimentación\n\n"
            "Ciudad Nueva, 9 de junio de 2031\n\nEl Relator Especial se reunió con ministros y con la sociedad civil.\n")
    assert _kind(text) == "statement"


def test_spanish_final_observations_of_the_visit():
    text = ("Observaciones finales de la visita oficial a Freedonia de la Experta Independiente\n\n"
            "Ciudad Nueva, 9 de junio de 2031\n\nLa Experta Independiente se reunió con ministros.\n")
    assert _kind(text) == "statement"


def test_a_press_release_at_the_end_of_a_visit_stays_a_press_release():
    text = ("Communiqué de presse\n\nGENÈVE (9 juin 2031) – L'Experte indépendante a appelé aujourd'hui la Ruritanie à "
            "protéger les personnes âgées, à l'issue de sa visite dans le pays.\n")
    assert _kind(text) == "press-release"


# --- neighbouring forms: news in French and Spanish, speeches in Spanish and French, a document page's labels ---------

def test_french_news_story_quoting_the_expert():
    text = ("Un expert de l'ONU demande l'accès à l'eau pour tous\n\nLe Rapporteur spécial des Nations Unies sur le droit à "
            "l'eau a demandé à la Ruritanie de raccorder les villages au réseau.\n\n« L'eau ne peut pas attendre », a "
            "déclaré M. Ruiz.\n\n« Chaque village doit être desservi », a-t-il ajouté.\n")
    assert _kind(text) == "press-release"


def test_spanish_news_story_quoting_the_expert():
    text = ("Un experto de la ONU pide agua para todos\n\nEl Relator Especial de las Naciones Unidas sobre el derecho al agua "
            "pidió a Freedonia conectar las aldeas a la red.\n\n\u201cEl agua no puede esperar\u201d, dijo el experto.\n\n"
            "\u201cCada aldea debe tener servicio\u201d, añadió.\n")
    assert _kind(text) == "press-release"


def test_spanish_press_release_dateline():
    text = ("GINEBRA / CIUDAD NUEVA (9 de junio de 2031) – La Experta Independiente pidió hoy a Freedonia proteger a las "
            "personas de edad, al término de su visita oficial al país.\n")
    assert _kind(text) == "press-release"


def test_spanish_speech_at_the_close_of_a_visit():
    text = ("Ciudad Nueva, 9 de junio de 2031\n\nBuenos días señoras y señores de la prensa. Hoy concluyo mi visita oficial "
            "a Freedonia, realizada del 1 al 9 de junio. Me reuní con autoridades y con la sociedad civil.\n")
    assert _kind(text) == "statement"


def test_french_speech_at_the_close_of_a_visit():
    text = ("Ville-Neuve, 9 juin 2031\n\nMesdames et Messieurs, je conclus aujourd'hui ma visite officielle en Ruritanie, "
            "effectuée du 1er au 9 juin. J'ai rencontré des ministres et des associations.\n")
    assert _kind(text) == "statement"


def test_a_document_page_with_report_symbol_and_submitting_body_labels():
    text = ("A/HRC/90/12/Add.1: Visit to Ruritania - Report of the Special Rapporteur on the right to water\n\nReport symbol "
            "A/HRC/90/12/Add.1\nSession 90th session of the Human Rights Council\nSubmitting body Special Rapporteur on the "
            "right to water\n\nSummary\nIn this report, the Special Rapporteur describes her visit to Ruritania.\n")
    assert _kind(text) == "page"


# --- neighbouring forms: dated first-person statements closing a visit, and report pages in French and Spanish --------

def test_dated_statement_that_has_just_concluded_a_visit():
    text = ("Town, 9 June 2031\n\nGood morning and thank you for coming. I have just concluded an eight-day official visit "
            "to Ruritania, at the invitation of the Government. I met officials across the country.\n")
    assert _kind(text) == "statement"


def test_dated_statement_at_the_end_of_this_visit():
    text = ("9 June 2031\n\nAs I come to the end of this visit to Ruritania, I would like to share some first thoughts. "
            "I met many people.\n")
    assert _kind(text) == "statement"


def test_dated_statement_after_a_ten_day_visit():
    text = ("9 June 2031\n\nHaving completed my 10-day visit to Ruritania, I wish to share my first findings with you. "
            "I met many people.\n")
    assert _kind(text) == "statement"


def test_statement_grateful_to_the_authorities_for_the_invitation():
    text = ("Town, 9 June 2031\n\nI am grateful to the authorities of Ruritania for the invitation to visit the country and "
            "for their cooperation. I met officials and groups.\n")
    assert _kind(text) == "statement"


def test_working_group_statement_in_the_first_person_plural():
    text = ("Town, 9 June 2031\n\nWe thank the Government of Ruritania for inviting the Working Group and for its "
            "cooperation. We met officials and groups during our visit.\n")
    assert _kind(text) == "statement"


def test_french_and_spanish_pages_about_one_report():
    fr = ("Ruritanie\n\nRapport de la Rapporteuse spéciale sur le droit à l'eau sur sa mission en Ruritanie, "
          "A/HRC/90/12/Add.1\n\nLe rapport est disponible dans les six langues officielles.\n\n12. Le Gouvernement a pris "
          "de nombreuses mesures.\n")
    es = ("Freedonia\n\nInforme de la Relatora Especial sobre el derecho al agua sobre su misión a Freedonia, "
          "A/HRC/90/12/Add.1\n\nEl informe está disponible en los seis idiomas oficiales.\n\n12. El Gobierno ha adoptado "
          "muchas medidas.\n")
    assert _kind(fr) == "page"
    assert _kind(es) == "page"


# --- guards: a press release quoting the expert's thanks or close of the visit stays a press release -----------------

def test_press_release_quoting_the_experts_thanks():
    text = ("GENEVA (9 June 2031) – \"I thank the Government of Ruritania for inviting me and for its cooperation,\" the "
            "Special Rapporteur said at the end of her visit.\n")
    assert _kind(text) == "press-release"


def test_spanish_press_release_quoting_the_experts_thanks():
    text = ("GINEBRA (9 de junio de 2031) – «Doy las gracias al Gobierno de Freedonia por haberme invitado», dijo la "
            "Experta al concluir su visita.\n")
    assert _kind(text) == "press-release"


def test_french_statement_thanking_the_authorities():
    text = ("Ville-Neuve, 9 juin 2031\n\nJe remercie les autorités de la Ruritanie de leur invitation et de leur "
            "coopération. J'ai rencontré des ministres.\n")
    assert _kind(text) == "statement"


def test_a_report_page_with_a_language_bar_and_related_documents():
    text = ("Report of the Special Rapporteur on the right to water - A/HRC/90/12\n\nLanguages: English | Français | "
            "Español\n\nThe report, presented at the ninetieth session, looks at water in cities.\n\nRelated documents\n")
    assert _kind(text) == "page"


def test_news_story_whose_lede_ties_the_news_to_a_weekday():
    text = ("UN rights experts raise alarm over evictions\n\nThousands of families face eviction in Freedonia, according "
            "to a group of United Nations independent experts who on Tuesday urged the authorities to halt the plan.\n")
    assert _kind(text) == "press-release"


# --- citations in French and Spanish texts: the keyword and the body's name in that language -------------------------

def _refs(text: str) -> list[tuple[str, str]]:
    x = extract("Report of the Special Rapporteur\n\nHuman Rights Council\n\n1. " + text + "\n", "t")
    return sorted((c.ref, c.kind) for c in x.citations)


def test_french_citation_of_a_commission_resolution():
    assert _refs("Le mandat a été créé par la Commission des droits de l'homme dans sa résolution 2031/9 et prolongé "
                 "depuis.") == [("CHR 2031/9", "resolution")]


def test_spanish_citation_of_a_council_resolution_and_decision():
    assert _refs("El Consejo de Derechos Humanos prorrogó el mandato en su resolución 61/12 y aprobó su decisión 61/101.") \
        == [("HRC 61/101", "decision"), ("HRC 61/12", "resolution")]


def test_french_citation_of_an_assembly_resolution():
    assert _refs("L'Assemblée générale, dans sa résolution 88/150, a prié l'Expert indépendant de lui faire rapport.") \
        == [("GA 88/150", "resolution")]


def _dated(text: str) -> list[tuple[str, str | None]]:
    x = extract("Report of the Special Rapporteur\n\nHuman Rights Council\n\n1. " + text + "\n", "t")
    return sorted((c.ref, str(c.date) if c.date else None) for c in x.citations)


def test_french_and_spanish_dates_after_the_number():
    assert _dated("La Commission des droits de l'homme, dans sa résolution 2031/9 du 1er mai 2031, a créé le "
                  "mandat.") == [("CHR 2031/9", "2031-05-01")]
    assert _dated("La Comisión de Derechos Humanos, en su resolución 2031/9, de 17 de abril de 2031, creó el "
                  "mandato.") == [("CHR 2031/9", "2031-04-17")]


def test_a_period_after_the_number_is_no_date_of_it():
    assert _dated("Le Conseil des droits de l'homme, dans sa résolution 61/12, a prié l'Expert de se rendre au pays "
                  "du 2 au 12 mai 2031.") == [("HRC 61/12", None)]
