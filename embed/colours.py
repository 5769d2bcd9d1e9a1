"""WCAG 2.1 contrast for the organisation's primary colour."""

import re

HEX_COLOUR = re.compile(r"^#[0-9a-f]{6}$")
MINIMUM_CONTRAST = 4.5
WHITE = "#ffffff"


def channel(value):
    value /= 255
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour):
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast_ratio(first, second):
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def darken(hex_colour, factor=0.7):
    """A darker shade for hover states (each channel scaled towards black)."""
    red, green, blue = (round(int(hex_colour[i : i + 2], 16) * factor) for i in (1, 3, 5))
    return f"#{red:02x}{green:02x}{blue:02x}"
