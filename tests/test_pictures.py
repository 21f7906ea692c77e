"""Pictures: the timeline and lineage drawings (SVG parses, PNG has the expected size, SVG is deterministic)."""
from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("matplotlib")

from mandate_lineage.queries import pictures  # noqa: E402
from mandate_lineage.queries.ask import commands  # noqa: E402
from tests.conftest import IS  # noqa: E402

EXE = str(Path(sys.executable).with_name("mandate-lineage"))


@pytest.fixture(scope="module")
def home(real_home):
    return real_home


def svg_ok(path: Path) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    return root


def test_timeline_svg_and_png(ctx, tmp_path):
    data = commands.timeline(ctx)
    svg = pictures.draw_timeline(data, tmp_path / "t.svg")
    svg_ok(svg)
    png = pictures.draw_timeline(data, tmp_path / "t.png")
    assert pictures.png_size(png) == pictures.expected_png_size("timeline", 1)


def test_timeline_several_mandates(ctx_every, tmp_path):
    data = commands.timeline(ctx_every)
    png = pictures.draw_timeline(data, tmp_path / "all.png")
    assert pictures.png_size(png) == pictures.expected_png_size("timeline", len(data)) == (1400, 840)


def test_lineage_svg_and_png(ctx, tmp_path):
    data = commands.lineage_data(ctx, "reporting")
    root = svg_ok(pictures.draw_lineage(data, tmp_path / "l.svg"))
    texts = "".join(root.itertext())
    assert root is not None and texts is not None
    png = pictures.draw_lineage(data, tmp_path / "l.png")
    assert pictures.png_size(png) == pictures.expected_png_size("lineage", 1)


def test_svg_is_deterministic(ctx, tmp_path):
    data = commands.lineage_data(ctx, "SDG")
    a = pictures.draw_lineage(data, tmp_path / "a.svg").read_bytes()
    b = pictures.draw_lineage(data, tmp_path / "b.svg").read_bytes()
    assert a == b
    t1 = pictures.draw_timeline(commands.timeline(ctx), tmp_path / "t1.svg", today=None).read_bytes()
    assert b"<dc:date>" not in t1


def test_bad_format(ctx, tmp_path):
    with pytest.raises(pictures.PictureError):
        pictures.draw_timeline(commands.timeline(ctx), tmp_path / "t.jpg")


@pytest.mark.parametrize("args,name", [(["timeline", "--mandate", IS], "cli.svg"), (["lineage", "SDG"], "cli.png")])
def test_cli_out(home, tmp_path, args, name):
    out = tmp_path / name
    env = {**os.environ, "MANDATE_LINEAGE_HOME": str(home)}
    env.pop("MANDATE_LINEAGE_MANDATE", None)
    p = subprocess.run([EXE, *args, "--out", str(out)], capture_output=True, text=True, env=env, timeout=120)
    assert p.returncode == 0, p.stderr
    if name.endswith(".svg"):
        svg_ok(out)
    else:
        assert pictures.png_size(out) == pictures.expected_png_size("lineage", 1)
