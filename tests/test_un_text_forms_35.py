"""Forms of UN text behind the country-visit misses of the sealed blind parts held_out_35 and held_out_36
(tests/documents/corpus/README.md), each on a small text of our own (invented places and names, our own sentences):
the rule is for the form of text, not for a corpus text. Area B2 of issue 16: country visits."""
from __future__ import annotations

from mandate_lineage.loaders.visits import find_visits


def _visits(text: str) -> list[tuple]:
    return [(v.country, v.start, v.end, v.status) for v in find_visits(text, (), text)]


# --- a visit at its close: an advisory on the eve of its last day -------------------------------------------------------

def test_an_advisory_as_the_mission_comes_to_an_end_is_completed():
    text = ("LIMA (9 May 2031) - The Special Rapporteur on adequate food will share her first findings with the press "
            "as her official mission to Peru (1-10 May) comes to an end. She went to three regions.")
    assert _visits(text) == [("Peru", "2031-05-01", "2031-05-10", "completed")]


def test_a_visit_drawing_to_a_close_is_completed():
    text = ("GENEVA (14 March 2031) - As his visit to Ghana draws to a close, the Independent Expert will hold a press "
            "conference on Friday.")
    assert _visits(text) == [("Ghana", None, None, "completed")]


def test_a_visit_that_will_begin_stays_announced():
    text = "GENEVA (2 May 2031) - The Special Rapporteur will visit Peru from 10 to 20 May 2031."
    assert _visits(text) == [("Peru", "2031-05-10", "2031-05-20", "announced")]


# --- a territory named as a place of a visit to its administering State ------------------------------------------------

def test_a_territory_of_the_visited_state_is_no_visit_of_its_own():
    text = ("1. From 3 to 14 May 2031, the Special Rapporteur made an official visit to the United States of America. He "
            "went to the capital and to the territories of American Samoa and the United States Virgin Islands.")
    assert _visits(text) == [("United States of America", "2031-05-03", "2031-05-14", "completed")]


def test_a_territory_visited_on_its_own_stays_a_visit():
    text = "1. From 3 to 14 May 2031, the Special Rapporteur visited Gibraltar."
    assert _visits(text) == [("Gibraltar", "2031-05-03", "2031-05-14", "completed")]


# --- a dated request to visit, recalled in a mission report ------------------------------------------------------------

def test_a_dated_request_to_visit_is_no_visit():
    text = ("1. The Special Rapporteur first asked to visit Ghana in March 2027; in 2029 the Government invited him. The "
            "visit took place from 2 to 11 June 2030.")
    assert _visits(text) == [("Ghana", "2030-06-02", "2030-06-11", "completed")]


def test_a_request_then_a_visit_in_one_clause_stays_a_visit():
    text = "1. The Special Rapporteur requested to visit Ghana in 2029 and visited it from 2 to 11 June 2030."
    assert [v[0] for v in _visits(text)] == ["Ghana"]


# --- a statement whose title names its country in the possessive, its visit "my visit" --------------------------------

def test_a_title_country_in_the_possessive_is_the_country_of_my_visit():
    from mandate_lineage.loaders.documents import extract
    text = ("Special Rapporteur on the right to water: remarks, and Ghana's reply at the Council, 3 March 2031\n\n"
            "Rights Watchers blog | March 5, 2031\n\n"
            "Water reaches most towns, yet many villages still wait. Several people I had met were questioned after "
            "my visit by the police.\n")
    assert [(v.country, v.start, v.status) for v in extract(text, "remarks.txt").visits] == [("Ghana", None, "completed")]


# --- a footnote mark glued to the visit word --------------------------------------------------------------------------

def test_a_visit_word_with_a_footnote_asterisk_then_the_country():
    text = ("ACCRA / GENEVA (4 June 2031) - Two UN experts voiced concern about evictions in Ghana. Closing a joint "
            "official visit* to the country, the Special Rapporteurs called for more public housing.")
    assert _visits(text) == [("Ghana", None, None, "completed")]


def test_a_visit_word_with_a_footnote_asterisk_then_a_named_country():
    text = "GENEVA (4 June 2031) - The Special Rapporteur visited* Ghana from 20 to 28 May 2031."
    assert _visits(text) == [("Ghana", "2031-05-20", "2031-05-28", "completed")]


# --- a predecessor's visit told by its year ----------------------------------------------------------------------------

def test_a_predecessor_who_came_in_a_year_made_a_completed_visit():
    text = ("GENEVA (1 May 2031) - The Special Rapporteur will visit Ghana from 10 to 20 May 2031. \"I look forward to "
            "seeing what Ghana has done since my predecessor came in 2009,\" she said.")
    assert _visits(text) == [("Ghana", "2031-05-10", "2031-05-20", "announced"), ("Ghana", "2009", None, "completed")]


def test_a_former_expert_who_visited_in_a_year_made_a_completed_visit():
    text = ("GENEVA (1 May 2031) - The Independent Expert will visit Ghana next week. A former Independent Expert "
            "visited in 2012, and Ghana accepted most of the recommendations.")
    assert ("Ghana", "2012", None, "completed") in _visits(text)


# --- a month alone that falls within a dated visit of the same country -------------------------------------------------

def test_the_end_month_of_a_dated_visit_is_that_visit():
    text = ("3. Follow-up to the country visit to Ghana in June 2030. In a letter, the Special Rapporteur thanked the "
            "Government for its cooperation during the visit to Ghana from 28 May to 6 June 2030.")
    assert _visits(text) == [("Ghana", "2030-05-28", "2030-06-06", "completed")]


def test_a_month_outside_the_dated_visit_is_another_visit():
    text = ("The Special Rapporteur visited Ghana in October 2030. He had visited Ghana from 28 May to 6 June 2030.")
    assert sorted(_visits(text)) == [("Ghana", "2030-05-28", "2030-06-06", "completed"), ("Ghana", "2030-10", None, "completed")]


# --- an end-of-visit statement with no visit word: thanks for an invitation, then preliminary findings ----------------

def test_a_spanish_statement_thanking_for_the_invitation_with_preliminary_findings():
    text = ("Accra, 5 de mayo de 2031\n\nAgradezco al Gobierno de Ghana por haberme invitado y por su apertura. Hoy "
            "comparto observaciones preliminares sobre el derecho al agua.")
    assert _visits(text) == [("Ghana", None, None, "completed")]


def test_an_english_statement_thanking_for_the_invitation_with_preliminary_findings():
    text = ("Accra, 5 May 2031\n\nI thank the Government of Ghana for its kind invitation. What follows are my "
            "preliminary findings on the right to water.")
    assert _visits(text) == [("Ghana", None, None, "completed")]


def test_a_french_statement_thanking_for_the_invitation_with_preliminary_findings():
    text = ("Accra, le 5 mai 2031\n\nJe remercie le Gouvernement du Ghana de m'avoir invitée. Voici mes "
            "observations préliminaires sur le droit à l'eau.")
    assert _visits(text) == [("Ghana", None, None, "completed")]


def test_findings_still_to_come_make_the_visit_announced():
    text = ("The expert thanks the Government of Ghana for its invitation and will present her preliminary findings "
            "at a press conference.")
    assert _visits(text) == [("Ghana", None, None, "announced")]


def test_thanks_for_an_invitation_without_findings_is_no_visit():
    text = "I thank the Government of Ghana for its invitation, which I hope to take up next year."
    assert [v for v in _visits(text) if v[3] != "accepted"] == []


def test_a_visit_that_ends_tomorrow_is_completed():
    text = ("ACCRA (19 May 2031) - As his ten-day visit to Ghana ends tomorrow, the Special Rapporteur will hold a "
            "press conference.")
    assert _visits(text) == [("Ghana", None, None, "completed")]


def test_a_visit_that_will_come_to_an_end_later_stays_announced():
    text = ("GENEVA (1 May 2031) - The Special Rapporteur's visit to Ghana, from 10 to 20 May 2031, will come to an end "
            "with a press conference.")
    assert _visits(text) == [("Ghana", "2031-05-10", "2031-05-20", "announced")]


# --- the follow-up of visits made, then the countries it looks at (a miss of held_out_27 still open on main) -----------

def test_the_countries_a_follow_up_of_visits_looks_at_were_visited():
    text = ("The Special Rapporteur follows up on his official country visits. Next year he will look at Ghana and "
            "Nepal, and at the visits of his predecessor.")
    assert _visits(text) == [("Ghana", None, None, "completed"), ("Nepal", None, None, "completed")]


def test_looking_at_a_country_with_no_follow_up_of_visits_is_no_visit():
    text = "Next year the Special Rapporteur will look at Ghana and Nepal in her report on water."
    assert _visits(text) == []
