"""Forms of UN visit text met after the fixes of held_out_39/40 (by the lead), each read from sentences of our own."""
from .corpus_eval import visit_keys as _keys


def test_a_title_s_possessive_country_after_site_chrome():
    """The title line comes after "Skip to main content" and a date line: its "Peru's" is still the text's country."""
    text = ("Skip to main content\n\nUN expert lauds Peru's new housing code\n\n\n4 May 2031\n\n"
            "LIMA / GENEVA (4 May 2031) - A UN expert welcomed the code.\n\n"
            "At the end of her first country visit, Ana Lopez, the Special Rapporteur on housing, said: \"Much is left.\"")
    assert ("Peru", None, None, "completed") in _keys(text)


def test_a_long_sentence_is_no_title():
    """A possessive in a long opening sentence (not a title line) does not make the text's country."""
    text = ("Skip to main content\n\nThe Working Group met in Geneva and heard, among many other things, a long account "
            "of Chile's reforms, of their reach and of the many doubts they raise for experts, for the courts and for the "
            "public alike, as the Group said in its closing words to the press.\n\n"
            "At the end of its visit, the Working Group said that much remained to be done.\n\n"
            "It thanked its hosts.\n\nIt will report next year.\n\nIt also wrote to Peru about a case.")
    assert not any(k[0] == "Chile" for k in _keys(text))


def test_a_mission_with_a_length_on_a_subject_is_a_visit():
    """"a fact-finding mission on X" names a body; "an 8-day fact-finding mission on the country's ..." is a visit."""
    text = ("Disappearances: more to do in Ecuador\n\nQUITO (2 May 2031) - The Working Group asked the Government of "
            "Ecuador to do more.\n\n\"Many remain missing,\" said its Chair at the end of an 8-day fact-finding mission on "
            "the country's search for the disappeared.")
    assert ("Ecuador", None, None, "completed") in _keys(text)


def test_a_named_fact_finding_mission_stays_a_body():
    text = ("Experts alarmed\n\nGENEVA (2 May 2031) - The Fact-Finding Mission on Ecuador presented its findings today, "
            "and the experts said the mission on Ecuador had met many victims.")
    assert not any(k[3] == "completed" and k[0] == "Ecuador" for k in _keys(text))


def test_a_visit_told_as_made_on_the_eve_of_its_last_day_is_completed():
    """An end-of-visit statement dated the day before the visit's last day, telling the visit as made."""
    text = ("End of visit statement\n\n2 June 2031\n\n1. I made an official country visit to Ghana from 20 May to "
            "3 June 2031. I thank the Government for inviting me.")
    assert ("Ghana", "2031-05-20", "2031-06-03", "completed") in _keys(text)


def test_a_stay_still_to_end_after_the_release_s_day_stays_announced():
    text = ("Expert to assess housing\n\nACCRA (20 May 2031) - The Special Rapporteur is in Ghana from 20 May to 3 June "
            "2031 to look at housing, she said.")
    assert ("Ghana", "2031-05-20", "2031-06-03", "announced") in _keys(text)
