"""Content as data: every YAML content file has a shape, and every file keeps to its shape."""

from pathlib import Path

import pydantic
import pytest
import yaml

from casebank import demo_content as casebank_content
from learning import demo as learning_demo
from learning import instrument_content, session_templates_content
from samenspel import demo as site_demo
from samenspel import demo_data as site_demo_data
from samenspel.datafiles import load
from toolkit import demo_content as toolkit_content

ROOT = Path(__file__).resolve().parents[2]
LOADERS = [
    site_demo,
    site_demo_data,
    toolkit_content,
    casebank_content,
    session_templates_content,
    instrument_content,
    learning_demo,
]
SHAPES = {
    loader.CONTENT / name: shape for loader in LOADERS for name, shape in loader.FILES.items()
}


def test_every_content_file_has_a_shape():
    on_disk = {
        path
        for app in ("site", "toolkit", "learning", "casebank")
        for pattern in ("content/*.yaml", "content/*.json")
        for path in (ROOT / app).rglob(pattern)
    }
    assert on_disk, "no content files found"
    assert on_disk == set(SHAPES)


@pytest.mark.parametrize("path", sorted(SHAPES), ids=lambda path: path.name)
def test_content_file_keeps_to_its_shape(path):
    load(path, SHAPES[path])


@pytest.mark.parametrize(
    ("path", "break_it"),
    [
        (
            toolkit_content.CONTENT / "building_blocks.yaml",
            lambda data: data["building_blocks"][0].update(stauts="adopted"),
        ),
        (
            toolkit_content.CONTENT / "building_blocks.yaml",
            lambda data: data["building_blocks"][0].update(phases=["wachten"]),
        ),
        (
            casebank_content.CONTENT / "cases.yaml",
            lambda data: data["cases"][0]["factors"][0].update(level="team"),
        ),
        (
            session_templates_content.CONTENT / "session_templates.yaml",
            lambda data: data["session_templates"][0].update(duration_minutes="twee uur"),
        ),
        (
            instrument_content.CONTENT / "instrument.yaml",
            lambda data: data["scales"][0]["items"][0].pop("text"),
        ),
    ],
    ids=["misspelt key", "unknown phase", "unknown factor level", "text for a number", "no text"],
)
def test_a_broken_file_is_refused(tmp_path, path, break_it):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    break_it(data)
    broken = tmp_path / path.name
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(pydantic.ValidationError):
        load(broken, SHAPES[path])
