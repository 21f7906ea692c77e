"""Forms of UN visit text met in the blind parts held_out_37/38, each read from sentences of our own."""
from mandate_lineage.loaders.visit_reader import dateline
from .corpus_eval import visit_keys


def _keys(text):
    return visit_keys(text, paragraph_blocks=False)


def test_wire_dateline_with_short_month_and_hour():
    assert dateline("Experts urge reform\n\nNew York, Nov 5 2031 2:10PM\n\nBody.") == "2031-11-05"
    assert dateline("Headline\nNairobi, Sept 14 2030\nText.") == "2030-09-14"


def test_visit_ended_today_takes_the_wire_date():
    text = ("Body welcomes reform\n\nNew York, Mar 3 2031 9:05AM\n\nThe experts, who ended a ten-day visit to Chile today, "
            "praised the new law.")
    assert ("Chile", None, "2031-03-03", "completed") in _keys(text)


def test_region_named_after_a_state_is_no_visit():
    text = ("The expert made an official visit to Peru from 2 to 9 May 2031. She went to Lima, to a camp in Central "
            "Macedonia and to the town of Nueva Armenia.")
    assert [k[0] for k in _keys(text)] == ["Peru"]


def test_northern_ireland_alone_is_not_ireland():
    text = "In 2030 the Special Rapporteur visited Northern Ireland and met local groups."
    assert all(k[0] != "Ireland" for k in _keys(text))


def test_call_for_input_ahead_of_a_visit_is_announced():
    text = ("Call for input\n\nLast updated: 2 December 2031\n\nPurpose: to gather views ahead of the expert's official visit "
            "to Nepal from 3 to 12 March 2031.")
    assert _keys(text) == [("Nepal", "2031-03-03", "2031-03-12", "announced")]
    text2 = "The text was prepared in advance of her mission to Chad from 1 to 5 June 2030."
    assert _keys(text2)[0][3] == "announced"


def test_visits_told_by_a_list_of_years():
    text = ("Report on the visit to Peru\n\nThe Special Rapporteur visited Peru from 1 to 10 May 2030. She looked at how "
            "the advice of her predecessors, given after their official visits to the country in 20011 and 20122, was used.")
    keys = _keys(text)
    assert ("Peru", "2001", None, "completed") in keys and ("Peru", "2012", None, "completed") in keys
    assert set(_keys("Earlier missions to Chile in 1999, 2004 and 2011 were followed up.")) == {
        ("Chile", y, None, "completed") for y in ("1999", "2004", "2011")}


def test_an_earlier_mission_with_its_own_report_is_a_visit_of_its_own():
    text = ("A/HRC/40/12/Add.1\nReport on the mission to Chile\n\nThe expert made a follow-up visit to Chile from 3 to 7 May "
            "2018. It followed up a study that included a mission to Chile (A/HRC/30/5/Add.2).")
    keys = _keys(text)
    assert ("Chile", "2018-05-03", "2018-05-07", "completed") in keys and ("Chile", None, None, "completed") in keys
    own = ("A/HRC/40/12/Add.1\nReport on the mission to Chile\n\nThe expert visited Chile from 3 to 7 May 2018. This "
           "report on the mission to Chile (A/HRC/40/12/Add.1) gives her findings.")
    assert [k for k in _keys(own) if k[0] == "Chile"] == [("Chile", "2018-05-03", "2018-05-07", "completed")]


def test_a_page_from_within_a_report_dates_its_mission_without_the_country():
    text = ("A/HRC/50/1/Add.2\nthe office keeps its own budget.\n12. At the time of the mission, which took place from 4 to 9 "
            "June 2029, the Special Rapporteur met the ombudsman. He regrets that Ruritania is not named; Mongolia keeps no "
            "data on minorities.")
    assert _keys(text) == [("Mongolia", "2029-06-04", "2029-06-09", "completed")]
    undated = text.replace(", which took place from 4 to 9 June 2029,", "")     # no period: no visit read
    assert _keys(undated) == []


def test_a_statement_title_gives_the_period_of_its_visit():
    text = ("Special Rapporteur on water Jane Roe Visit to , 2 March to 14 March 2030 End of mission statement\n\nI thank "
            "the Government of Peru for its invitation to an official mission, which ran from March 2 to March 14.")
    assert _keys(text) == [("Peru", "2030-03-02", "2030-03-14", "completed")]


def test_what_was_done_ahead_of_a_visit_leaves_the_visit_completed():
    text = "Ahead of her visit to Chad from 1 to 5 June 2030, the expert sent a questionnaire to the Government."
    assert _keys(text) == [("Chad", "2030-06-01", "2030-06-05", "completed")]


def test_neighbouring_forms_of_a_list_of_years():
    assert set(_keys("Former holders visited Peru in 2003 and again in 2011.")) == {
        ("Peru", "2003", None, "completed"), ("Peru", "2011", None, "completed")}
    assert set(_keys("Her predecessors made missions to Chile in 1999, in 2004 and in 2011.")) == {
        ("Chile", y, None, "completed") for y in ("1999", "2004", "2011")}


def test_neighbouring_forms_of_datelines_and_titles():
    assert dateline("Headline\nGENEVA, 5 Nov 2031\nText.") == "2031-11-05"
    assert dateline("Headline\nGeneva, Sept. 14, 2030\nText.") == "2030-09-14"
    text = ("End of mission statement: Mission to Peru (2 to 14 March 2030)\n\nI thank the Government of Peru for its "
            "invitation to an official mission, which ran from March 2 to March 14.")
    assert _keys(text) == [("Peru", "2030-03-02", "2030-03-14", "completed")]
