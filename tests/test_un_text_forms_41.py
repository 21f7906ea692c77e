"""Forms of UN visit text met in the blind parts held_out_39/40, each read from sentences of our own."""
from .corpus_eval import visit_keys as _keys


def test_said_as_she_ended_her_visit_stays_dateless():
    """The keys of earlier parts keep a release's "said as she ended her visit" without the release's day as its end."""
    text = ("Experts urge reform\n\nLIMA (4 March 2031) - The Special Rapporteur praised the new law. \"Much remains to be "
            "done,\" the expert said as she ended her official visit to Peru.")
    assert ("Peru", None, None, "completed") in _keys(text)


def test_have_just_ended_their_mission_ends_on_the_dateline():
    text = ("Experts on water\n\nQUITO (9 June 2030) - Two experts have just ended their joint mission to Ecuador, "
            "and asked for more spending on sanitation.")
    assert ("Ecuador", None, "2030-06-09", "completed") in _keys(text)


def test_has_just_completed_its_visit_ends_on_the_dateline():
    text = ("Summary\n\nOSLO (2 May 2030) - The Working Group has just completed its first country visit, to Norway, "
            "and asked for clearer rules.")
    assert ("Norway", None, "2030-05-02", "completed") in _keys(text)


def test_a_copy_s_posting_date_is_not_the_visit_s_end():
    text = ("Expert ends visit to Chile\n\n3 April 2030\nSANTIAGO -- The Special Rapporteur has just completed a mission "
            "to Chile and said much remained to be done.")
    assert ("Chile", None, None, "completed") in _keys(text)


def test_a_dated_end_wins_over_the_headline_s_dateless_visit():
    text = ("Rapporteur concludes mission to Peru\n\n8 May 2031\n\nLIMA (8 May 2031) - The Special Rapporteur today ended "
            "his first mission to Peru, ten days long.")
    keys = _keys(text)
    assert ("Peru", None, "2031-05-08", "completed") in keys and ("Peru", None, None, "completed") not in keys


def test_is_in_the_country_from_the_dateline_s_day_is_announced_with_its_dates():
    text = ("Housing expert in Peru\n\nLIMA (6 May 2030) - The Special Rapporteur on housing is in Peru from 6 to 13 May "
            "2030 to study how far the right is realised.")
    assert ("Peru", "2030-05-06", "2030-05-13", "announced") in _keys(text)


def test_will_be_in_the_country_from_with_no_year_takes_the_dateline_s():
    text = ("Expert to visit Chile\n\nGENEVA (2 June 2031) - The Independent Expert will be in Chile from 10 to 18 June "
            "to meet officials.")
    assert ("Chile", "2031-06-10", "2031-06-18", "announced") in _keys(text)


def test_the_expert_s_appointment_year_is_not_a_yearless_visit_s_year():
    text = ("Expert to visit Peru\n\nThe Special Rapporteur will make an official visit to Peru from 10 to 14 July to "
            "gather information.\n\nThe Special Rapporteur took up her functions on 1 August 2027 under the mandate.")
    assert ("Peru", None, None, "announced") in _keys(text)


def test_an_invited_visit_later_called_off_without_naming_the_country_is_no_visit():
    text = ("Visit to Peru cancelled\n\nThe Government of Peru had invited me for an official visit.\n\nYesterday the "
            "authorities told us that the visit will not go ahead.")
    assert [k for k in _keys(text) if k[0] == "Peru"] == []


def test_the_holder_s_own_earlier_visit_recalled_by_its_year():
    text = ("Follow-up visit\n\nGENEVA (3 March 2031) - The Special Rapporteur will make a follow-up visit to Peru from 10 "
            "to 14 March 2031 to see what has changed since her first country visit in 2026.")
    keys = _keys(text)
    assert ("Peru", "2026", None, "completed") in keys and ("Peru", "2031-03-10", "2031-03-14", "announced") in keys


def test_a_named_predecessor_who_had_been_in_the_country_in_a_month():
    text = ("LIMA (9 May 2031) - The Special Rapporteur was in Peru from 3 to 9 May. The mission followed the one of his "
            "predecessor, Ms Ana Ruiz, who had been in the country in March 2024.")
    assert ("Peru", "2024-03", None, "completed") in _keys(text)


def test_the_visit_of_the_previous_mandate_holder_is_a_visit_of_its_own():
    text = ("The Special Rapporteur was in Peru from 4 to 13 May 2030. He came to see what Peru had done since the visit "
            "of the previous mandate holder, above all on the plan the Government adopted in 2016.")
    keys = _keys(text)
    assert ("Peru", "2030-05-04", "2030-05-13", "completed") in keys and ("Peru", None, None, "completed") in keys


def test_a_predecessor_s_visit_dated_in_its_clause_is_not_doubled():
    text = "The expert thanked the Government for its help during his predecessor's visit to Peru from 3 to 9 March 2024."
    assert _keys(text) == [("Peru", "2024-03-03", "2024-03-09", "completed")]


def test_the_own_report_s_subject_possessive_is_no_earlier_holder():
    text = "GENEVA (1 May 2031) - The Special Rapporteur's visit to Ghana, from 10 to 20 May 2031, starts next week."
    assert _keys(text) == [("Ghana", "2031-05-10", "2031-05-20", "announced")]
