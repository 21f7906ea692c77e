"""Forms of UN text behind the misses of area A (kinds, own symbols, citations, decisions, pursuant-to, tasks) of the
sealed blind parts held_out_39 and held_out_40 (tests/documents/corpus/README.md), each on a small text of our own
(invented mandates and wording, our own sentences): the rule is for the form of text, not for a corpus text."""
from __future__ import annotations

from mandate_lineage.loaders.documents import extract

_HEAD = ("United Nations\n\nGeneral Assembly\n\nDistr.: General\n\n3 October 2031\n\nHuman Rights Council\n\n"
         "Resolution adopted by the Human Rights Council on 30 September 2031\n\n"
         "58/7. Mandate of the Special Rapporteur on the right to clean air\n\nThe Human Rights Council,\n\n"
         "Recalling its resolutions 5/1 and 5/2 of 18 June 2007,\n\n")


def _tasks(text: str) -> list[tuple[str | None, str]]:
    x = extract(text, "res_test.txt")
    return [(a.letter, " ".join(a.tasks[0].text.split()[:3]).lower()) for a in x.task_attributions]


# --- a copy cut short after its first operative paragraph, tasks listed after an extension -------------------------

def test_extension_with_lettered_tasks_glued_to_their_letters():
    text = _HEAD + ("1.Decides to extend the mandate of the Special Rapporteur on the right to clean air for a period "
                    "of three years:\n\n(a)To study the obstacles to the enjoyment of the right;\n\n"
                    "(b)To receive information from all relevant sources;\n\n(c)To make recommend")
    assert _tasks(text) == [("a", "to study the"), ("b", "to receive information"), ("c", "to make recommend")]


def test_renewal_with_lettered_tasks_after_in_order_to():
    text = _HEAD + ("1. Decides to renew, for a further period of three years, the mandate of the Working Group on "
                    "clean air, in order to:\n\n(a) Gather information on the right;\n\n"
                    "(b) Report annually to the Council;\n\n2. Requests the Secretary-General to give the Working "
                    "Group all the help it needs;\n\n3. Decides to remain seized of the matter.\n")
    assert _tasks(text) == [("a", "gather information on"), ("b", "report annually to")]


def test_an_extension_without_a_colon_lists_no_tasks():
    text = _HEAD + ("1. Decides to extend the mandate of the Special Rapporteur on the right to clean air for a period "
                    "of three years;\n\n2. Decides to remain seized of the matter.\n")
    assert _tasks(text) == []
