"""A holder a Chinese copy of a UN report names in its heading: the post, then the name written in Chinese characters
with the transliteration's middle dot, then "的报告" ("report of"): "...问题特别报告员 NAME·NAME的报告"."""
from __future__ import annotations

import re

_HAN = r"[\u4e00-\u9fff]"
# the post (Special Rapporteur, Independent Expert, the Working Group's Chair), then a dotted foreign name, then "of"
_ZH_HEADING = re.compile(rf"(?P<post>特别报告员|独立专家|工作组主席(?:兼报告员)?)[\s,，]*"
                         rf"(?P<name>(?:{_HAN}{{1,8}}[\u00b7\u30fb\u2022])+{_HAN}{{1,10}}?)(?=\s*(?:的|先生|女士|[,，。(（]))")


def _heading_names(heading: re.Pattern, text: str) -> list[tuple[str, int, int, str]]:
    """(name, start, end, post) of each holder a heading pattern names, in order, once each."""
    out, seen = [], set()
    for m in heading.finditer(text):
        if m.group("name") not in seen:
            seen.add(m.group("name"))
            out.append((m.group("name"), m.start("name"), m.end("name"), m.group("post")))
    return out


def zh_heading_names(text: str) -> list[tuple[str, int, int, str]]:
    """(name, start, end, post) of each holder a Chinese heading names (see _ZH_HEADING), in order, once each."""
    return _heading_names(_ZH_HEADING, text)


# a Russian copy's heading: the post (Special Rapporteur, Independent Expert, in any case), its mandate's words, a
# comma, then the holder's name of two to four capitalised Cyrillic words before a footnote star or the line's end:
# "Доклад Специального докладчика по вопросу о X, NAME NAME*"
_CYR = r"[\u0410-\u042f\u0401][\u0430-\u044f\u0451-]+"
_RU_HEADING = re.compile(rf"(?P<post>Специальн\w+\s+докладчик\w*|Независим\w+\s+эксперт\w*)[^.;:\n]{{0,200}}?,\s*"
                         rf"(?P<name>{_CYR}(?:[ \t]+{_CYR}){{1,3}})(?=\s*(?:\*|\n|$))")


def ru_heading_names(text: str) -> list[tuple[str, int, int, str]]:
    """(name, start, end, post) of each holder a Russian heading names (see _RU_HEADING), in order, once each."""
    return _heading_names(_RU_HEADING, text)
