"""The Samenspel theme (static/css/theme.css) passes WCAG 2.1 AA contrast: the ratio of every
token pair the site uses for text on a background, links, buttons, alerts, form borders and the
focus ring, computed from the file itself (a changed colour is checked the moment it changes)."""

import re
from pathlib import Path

import pytest

THEME = Path(__file__).resolve().parents[2] / "static" / "css" / "theme.css"
TEXT, LARGE_OR_UI = 4.5, 3.0  # WCAG 1.4.3 (normal text) and 1.4.11 (non-text, large text)


def tokens():
    """Every custom property of the theme's :root block, var() references resolved."""
    root = re.search(r":root\s*{(.*?)\n}", THEME.read_text(), re.DOTALL).group(1)
    root = re.sub(r"/\*.*?\*/", "", root, flags=re.DOTALL)
    raw = dict(re.findall(r"--([\w-]+)\s*:\s*([^;]+);", root))

    def resolve(value, seen=()):
        match = re.fullmatch(r"var\(--([\w-]+)\)", value.strip())
        if not match:
            return value.strip()
        name = match.group(1)
        assert name not in seen, f"token cycle through --{name}"
        return resolve(raw[name], (*seen, name))

    return {name: resolve(value) for name, value in raw.items()}


TOKENS = tokens()


def luminance(hex_colour):
    digits = hex_colour.lstrip("#")
    assert re.fullmatch(r"[0-9a-fA-F]{6}", digits), f"not a #rrggbb colour: {hex_colour}"
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first, second):
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


PAIRS = [
    # (what, foreground token, background token, minimum)
    ("body text", "utrecht-document-color", "utrecht-document-background-color", TEXT),
    ("muted text", "samenspel-text-muted", "samenspel-background", TEXT),
    ("muted text on a grey surface", "samenspel-text-muted", "samenspel-surface", TEXT),
    ("text on the contents list", "samenspel-text", "samenspel-surface-accent", TEXT),
    ("link", "utrecht-link-color", "samenspel-background", TEXT),
    ("link on a grey surface", "utrecht-link-color", "samenspel-surface", TEXT),
    ("link on the contents list", "utrecht-link-color", "samenspel-surface-accent", TEXT),
    ("link, hover", "utrecht-link-hover-color", "samenspel-background", TEXT),
    ("link, visited", "utrecht-link-visited-color", "samenspel-background", TEXT),
    ("link, focus", "utrecht-link-focus-color", "utrecht-link-focus-background-color", TEXT),
    ("site name in the header", "samenspel-brand", "utrecht-page-header-background-color", TEXT),
    (
        "footer text and links",
        "utrecht-page-footer-color",
        "utrecht-page-footer-background-color",
        TEXT,
    ),
    ("primary button", "utrecht-button-color", "utrecht-button-background-color", TEXT),
    (
        "primary button, hover",
        "utrecht-button-hover-color",
        "utrecht-button-hover-background-color",
        TEXT,
    ),
    (
        "primary button, focus",
        "utrecht-button-focus-color",
        "utrecht-button-focus-background-color",
        TEXT,
    ),
    (
        "secondary button",
        "utrecht-button-secondary-action-color",
        "utrecht-button-secondary-action-background-color",
        TEXT,
    ),
    (
        "secondary button, hover",
        "utrecht-button-secondary-action-hover-color",
        "utrecht-button-secondary-action-hover-background-color",
        TEXT,
    ),
    (
        "primary button edge on the page",
        "utrecht-button-background-color",
        "samenspel-background",
        LARGE_OR_UI,
    ),
    (
        "form field border",
        "utrecht-form-control-border-color",
        "utrecht-form-control-background-color",
        LARGE_OR_UI,
    ),
    (
        "form field text",
        "utrecht-form-control-color",
        "utrecht-form-control-background-color",
        TEXT,
    ),
    ("error message and summary links", "samenspel-error", "samenspel-background", TEXT),
    ("success status", "samenspel-success", "samenspel-background", TEXT),
    ("accent (concept status)", "samenspel-accent", "samenspel-background", TEXT),
    ("info alert", "utrecht-alert-info-color", "utrecht-alert-info-background-color", TEXT),
    ("ok alert", "utrecht-alert-ok-color", "utrecht-alert-ok-background-color", TEXT),
    (
        "warning alert",
        "utrecht-alert-warning-color",
        "utrecht-alert-warning-background-color",
        TEXT,
    ),
    ("error alert", "utrecht-alert-error-color", "utrecht-alert-error-background-color", TEXT),
    (
        "info alert edge",
        "utrecht-alert-info-border-color",
        "utrecht-alert-info-background-color",
        LARGE_OR_UI,
    ),
    (
        "error alert edge",
        "utrecht-alert-error-border-color",
        "utrecht-alert-error-background-color",
        LARGE_OR_UI,
    ),
    ("focus ring on the page", "utrecht-focus-outline-color", "samenspel-background", LARGE_OR_UI),
    (
        "focus ring on its yellow halo",
        "utrecht-focus-outline-color",
        "samenspel-focus-halo",
        LARGE_OR_UI,
    ),
    (
        "focus ring on the dark footer",
        "utrecht-focus-inverse-outline-color",
        "utrecht-page-footer-background-color",
        LARGE_OR_UI,
    ),
    ("breadcrumb link", "utrecht-breadcrumb-nav-link-color", "samenspel-background", TEXT),
]


@pytest.mark.parametrize(
    ("what", "foreground", "background", "minimum"), PAIRS, ids=[p[0] for p in PAIRS]
)
def test_token_pair_meets_wcag_aa(what, foreground, background, minimum):
    ratio = contrast(TOKENS[foreground], TOKENS[background])
    assert ratio >= minimum, (
        f"{what}: {TOKENS[foreground]} on {TOKENS[background]} is {ratio:.2f}:1"
    )


def test_the_contrast_computation_matches_known_ratios():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#767676", "#ffffff"), 2) == 4.54  # the lightest grey that passes
    assert contrast("#ffbf47", "#ffffff") < LARGE_OR_UI  # why the focus ring is not the yellow


def test_every_component_token_points_at_a_base_token_or_a_plain_value():
    """The components read --utrecht-* tokens; colours among them come from the palette."""
    palette = {value for name, value in TOKENS.items() if name.startswith("samenspel-color-")}
    for name, value in TOKENS.items():
        if name.startswith("utrecht-") and value.startswith("#"):
            assert value in palette, f"--{name} uses {value}, which is not in the palette"
