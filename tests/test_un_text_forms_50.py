"""Forms of UN text met in the sealed parts held_out_45/46 and their neighbours (our own sentences): a Working
Group's members named in a release or statement."""
from __future__ import annotations

import pytest

from mandate_lineage.loaders.people import find_holders


def _names(text: str) -> set[str]:
    return {h.name for h in find_holders(text)}


@pytest.mark.parametrize("text, names", [
    # a member as the subject of a quote, her trade words before "expert", then "another member of the Working Group"
    ('"The visit matters," said human rights expert Amara Kessel, a member of the Group\'s delegation. '
     'Ms. Lena Voss, another member of the Working Group on the visit, added that the talks went well.',
     {"Amara Kessel", "Lena Voss"}),
    ('"We thank the Government," said independent expert Tomas Halvik, a member of the Working Group.',
     {"Tomas Halvik"}),
    # the writer leads the delegation "with two other members: NAME (from X) and NAME (from Y)"
    ('The Working Group on Example Matters went to Ruritania. I led the delegation as Chair-Rapporteur, with two other '
     'members: Mr. Paulo Drenner (from Chile) and Mr. Ivo Castell (from Ukraine).', {"Paulo Drenner", "Ivo Castell"}),
    ('The Working Group visited Ruritania, with three other experts: Ms. Anna Berrin, Mr. Kofi Damsel and Ms. Rita Olen.',
     {"Anna Berrin", "Kofi Damsel", "Rita Olen"}),
    # bare "experts NAME and NAME of the UN Working Group on X said"
    ('"Growth has not reached women," experts Helga Moravec and Sina Ortel of the UN Working Group on example '
     'matters said at the end of their mission to Ruritania.', {"Helga Moravec", "Sina Ortel"}),
    ('Members Jonas Weir and Pia Landt of the Working Group on example matters will visit Ruritania.',
     {"Jonas Weir", "Pia Landt"}),
])
def test_working_group_members_named(text, names):
    assert names <= _names(text)


def test_experts_of_another_body_are_not_members():
    assert not _names("Forensic experts Jonas Weir and Pia Landt examined the site for the police.")
