"""Colour-blind-safe ColorBrewer palettes (Cynthia Brewer, colorbrewer2.org, Apache 2.0) as
hex lists, and a 3x3 bivariate palette (Joshua Stevens' blue-pink scheme).

Sequential single- and multi-hue schemes, chosen because ColorBrewer marks them safe for the
common colour-vision deficiencies and they stay ordered in grey-scale print. ``brewer(name, n)``
returns the n-class list light to dark; 1 and 2 classes take colours of the 3-class list.
"""

from __future__ import annotations

__all__ = ["BIVARIATE_3X3", "DIVERGING", "NO_DATA_COLOR", "PALETTES", "brewer"]

#: Grey for "no data": distinct from every light end of the sequential palettes.
NO_DATA_COLOR = "#bdbdbd"

PALETTES: dict[str, dict[int, tuple[str, ...]]] = {
    "YlOrRd": {
        3: ("#ffeda0", "#feb24c", "#f03b20"),
        4: ("#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"),
        5: ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"),
        6: ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"),
        7: ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"),
        8: ("#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"),
        9: (
            "#ffffcc",
            "#ffeda0",
            "#fed976",
            "#feb24c",
            "#fd8d3c",
            "#fc4e2a",
            "#e31a1c",
            "#bd0026",
            "#800026",
        ),
    },
    "YlGnBu": {
        3: ("#edf8b1", "#7fcdbb", "#2c7fb8"),
        4: ("#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"),
        5: ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"),
        6: ("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"),
        7: ("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"),
        8: ("#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"),
        9: (
            "#ffffd9",
            "#edf8b1",
            "#c7e9b4",
            "#7fcdbb",
            "#41b6c4",
            "#1d91c0",
            "#225ea8",
            "#253494",
            "#081d58",
        ),
    },
    "PuBu": {
        3: ("#ece7f2", "#a6bddb", "#2b8cbe"),
        4: ("#f1eef6", "#bdc9e1", "#74a9cf", "#0570b0"),
        5: ("#f1eef6", "#bdc9e1", "#74a9cf", "#2b8cbe", "#045a8d"),
        6: ("#f1eef6", "#d0d1e6", "#a6bddb", "#74a9cf", "#2b8cbe", "#045a8d"),
        7: ("#f1eef6", "#d0d1e6", "#a6bddb", "#74a9cf", "#3690c0", "#0570b0", "#034e7b"),
        8: ("#fff7fb", "#ece7f2", "#d0d1e6", "#a6bddb", "#74a9cf", "#3690c0", "#0570b0", "#034e7b"),
        9: (
            "#fff7fb",
            "#ece7f2",
            "#d0d1e6",
            "#a6bddb",
            "#74a9cf",
            "#3690c0",
            "#0570b0",
            "#045a8d",
            "#023858",
        ),
    },
}

#: Diverging ColorBrewer schemes (colour-blind safe), listed from the red/orange end to the blue/
#: purple end with the neutral "no change" colour in the middle; odd class counts only.
DIVERGING: dict[str, dict[int, tuple[str, ...]]] = {
    "RdBu": {
        3: ("#ef8a62", "#f7f7f7", "#67a9cf"),
        5: ("#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"),
        7: ("#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac"),
    },
    "PuOr": {
        3: ("#f1a340", "#f7f7f7", "#998ec3"),
        5: ("#e66101", "#fdb863", "#f7f7f7", "#b2abd2", "#5e3c99"),
        7: ("#b35806", "#f1a340", "#fee0b6", "#f7f7f7", "#d8daeb", "#998ec3", "#542788"),
    },
}

#: Rows: poverty level 0..2 (least poor .. poorest); columns: access disadvantage 0..2 (best ..
#: worst access). [2][2] (the P3A1 cell: poorest third, worst-access third) is the darkest.
BIVARIATE_3X3: tuple[tuple[str, str, str], ...] = (
    ("#e8e8e8", "#ace4e4", "#5ac8c8"),
    ("#dfb0d6", "#a5add3", "#5698b9"),
    ("#be64ac", "#8c62aa", "#3b4994"),
)


def brewer(name: str, n: int) -> list[str]:
    """The ``n``-class ColorBrewer list ``name``, light to dark (1 <= n <= 9); for a
    :data:`DIVERGING` scheme (n = 3, 5 or 7) red/orange end first."""
    if name in DIVERGING:
        return list(DIVERGING[name][n])
    table = PALETTES[name]
    if n >= 3:
        return list(table[n])
    three = table[3]
    return [three[1]] if n == 1 else [three[0], three[2]]
