"""A small, Qt-free catalogue of the print-layout strings in English, Dutch and French, with
number and date formatting by language.

The GUI may pass strings already translated by Qt instead (``PageSpec.strings`` overrides any
key here). Numbers follow simple Belgian rules without babel: English ``1,234.5``; Dutch and
French ``1.234,5`` (the usage of Belgian administrations and Excel in both languages).
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Mapping

__all__ = [
    "LANGUAGES",
    "format_date",
    "format_distance",
    "format_number",
    "format_percent",
    "indicator_label",
    "map_labels",
    "text",
    "unit",
]

LANGUAGES = ("en", "nl", "fr")

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}

#: key -> (en, nl, fr). ``{name}`` placeholders are filled with str.format.
_CATALOGUE: dict[str, tuple[str, str, str]] = {
    "title": (
        "Access to primary care",
        "Toegang tot eerstelijnszorg",
        "Accès aux soins de première ligne",
    ),
    "subtitle": ("{indicator} · {area}", "{indicator} · {area}", "{indicator} · {area}"),
    "area_municipalities": (
        "{n} municipalities",
        "{n} gemeenten",
        "{n} communes",
    ),
    "area_brussels": (
        "Brussels-Capital Region",
        "Brussels Hoofdstedelijk Gewest",
        "Région de Bruxelles-Capitale",
    ),
    "legend": ("Legend", "Legende", "Légende"),
    "no_data": ("No data", "Geen gegevens", "Pas de données"),
    "centres": ("Care centres", "Zorgcentra", "Centres de soins"),
    "health_centre": (
        "Neighbourhood health centre",
        "Wijkgezondheidscentrum",
        "Maison médicale",
    ),
    "gp_practice": ("GP practice", "Huisartsenpraktijk", "Cabinet de médecine générale"),
    "other": ("Other care point", "Andere zorgplaats", "Autre lieu de soins"),
    "gap": (
        "Coverage gap: poor residents\nbeyond the threshold",
        "Tekort: arme inwoners\nbuiten de drempel",
        "Lacune : habitants pauvres\nhors du seuil",
    ),
    "outside": ("Outside this page's area", "Buiten dit gebied", "Hors de cette zone"),
    "catchments": ("Catchment area (werkingsgebied)", "Werkingsgebied", "Zone d'activité"),
    "summary": ("Key figures", "Kerncijfers", "Chiffres clés"),
    "summary_page": ("In this area", "In dit gebied", "Dans cette zone"),
    "counts_page": (
        "(number of sectors in this area)",
        "(aantal sectoren in dit gebied)",
        "(nombre de secteurs dans cette zone)",
    ),
    "summary_all": ("Whole study area", "Hele studiegebied", "Toute la zone d'étude"),
    "s_population": ("Residents", "Inwoners", "Habitants"),
    "s_sectors": ("Statistical sectors", "Statistische sectoren", "Secteurs statistiques"),
    "s_threshold": ("Threshold", "Drempel", "Seuil"),
    "s_within": (
        "Residents within the threshold",
        "Inwoners binnen de drempel",
        "Habitants dans le seuil",
    ),
    "s_poor_within": (
        "Poorest third within the threshold",
        "Armste derde binnen de drempel",
        "Tiers le plus pauvre dans le seuil",
    ),
    "s_poor_beyond": (
        "Poor residents beyond the threshold",
        "Arme inwoners buiten de drempel",
        "Habitants pauvres hors du seuil",
    ),
    "s_ci": (
        "Concentration index (Erreygers)",
        "Concentratie-index (Erreygers)",
        "Indice de concentration (Erreygers)",
    ),
    "s_gap": (
        "Sectors with a coverage gap",
        "Sectoren met een tekort",
        "Secteurs avec une lacune",
    ),
    "s_gap_pop": ("Residents in gap sectors", "Inwoners in tekortsectoren", "Habitants en lacune"),
    "straight": ("straight line", "in vogelvlucht", "à vol d'oiseau"),
    "network": ("walking", "te voet", "à pied"),
    "ci_note": (
        "> 0: access concentrated among the less poor",
        "> 0: toegang geconcentreerd bij de minder armen",
        "> 0 : accès concentré chez les moins pauvres",
    ),
    "sources_line": ("Sources: {items}.", "Bronnen: {items}.", "Sources : {items}."),
    "your_layer": ("your layer", "eigen laag", "couche propre"),
    "role_sectors": ("Sectors", "Sectoren", "Secteurs"),
    "role_centres": ("Centres", "Centra", "Centres"),
    "role_indicators": ("Indicators", "Indicatoren", "Indicateurs"),
    "role_catchments": ("Catchment areas", "Werkingsgebieden", "Zones d'action"),
    "role_network": ("Street network", "Stratennet", "Réseau de rues"),
    "role_residents": ("Residents", "Inwoners", "Habitants"),
    "crs": (
        "Coordinate system: Belgian Lambert 72 (EPSG:31370)",
        "Coördinatenstelsel: Belgian Lambert 72 (EPSG:31370)",
        "Système de coordonnées : Belgian Lambert 72 (EPSG:31370)",
    ),
    "north": (
        "North arrow: grid north of Lambert 72 (true north differs by {deg}° here)",
        "Noordpijl: roosternoorden van Lambert 72 (ware noorden wijkt hier {deg}° af)",
        "Flèche du nord : nord du quadrillage Lambert 72 (écart au nord vrai : {deg}° ici)",
    ),
    "date": ("Printed {date}", "Afgedrukt op {date}", "Imprimé le {date}"),
    "made_with": ("Made with accessmap", "Gemaakt met accessmap", "Réalisé avec accessmap"),
    "author": ("Author: {author}", "Auteur: {author}", "Auteur : {author}"),
    "page": ("Page {i} of {n}", "Pagina {i} van {n}", "Page {i} sur {n}"),
}

#: Category labels of render.styling (MAP_TEXT keys) in Dutch and French.
_MAP_TEXT: dict[str, tuple[str, str]] = {
    "no_data": ("Geen gegevens", "Pas de données"),
    "gap": (
        "Tekort (arm, buiten de drempel)",
        "Lacune (pauvre, hors du seuil)",
    ),
    "no_gap": ("Geen tekort", "Pas de lacune"),
    "poverty_class_1": ("Minst arme derde", "Tiers le moins pauvre"),
    "poverty_class_2": ("Middelste derde", "Tiers du milieu"),
    "poverty_class_3": ("Armste derde", "Tiers le plus pauvre"),
    "bivariate": ("{poverty}, {access} (P{p}A{a})", "{poverty}, {access} (P{p}A{a})"),
    "poverty_level_1": ("minst arme derde", "tiers le moins pauvre"),
    "poverty_level_2": ("middelste derde", "tiers du milieu"),
    "poverty_level_3": ("armste derde", "tiers le plus pauvre"),
    "access_level_1": ("derde met de slechtste toegang", "tiers au pire accès"),
    "access_level_2": ("middelste derde qua toegang", "tiers à l'accès moyen"),
    "access_level_3": ("derde met de beste toegang", "tiers au meilleur accès"),
    "poverty_cut_class_1": ("Minst arme helft van de anderen", "Moitié la moins pauvre des autres"),
    "poverty_cut_class_2": ("Armste helft van de anderen", "Moitié la plus pauvre des autres"),
    "poverty_cut_class_3": ("Arm (op of voorbij de grens)", "Pauvre (au seuil choisi ou au-delà)"),
    "poverty_cut_level_1": ("minst arme helft", "moitié la moins pauvre"),
    "poverty_cut_level_2": ("armste helft", "moitié la plus pauvre"),
    "poverty_cut_level_3": ("arm (grens)", "pauvre (seuil)"),
    "within": ("Binnen de drempel", "Dans le seuil"),
    "beyond": ("Buiten de drempel", "Hors du seuil"),
    "inside_catchment": ("In een werkingsgebied", "Dans une zone d'action"),
    "outside_catchment": ("Buiten elk werkingsgebied", "Hors de toute zone d'action"),
}

#: Indicator labels in Dutch and French (English comes from render.styling.INDICATOR_INFO).
_INDICATORS: dict[str, tuple[str, str, str]] = {
    "dist_nearest_m": (
        "Distance to the nearest centre",
        "Afstand tot het dichtstbijzijnde centrum",
        "Distance au centre le plus proche",
    ),
    "dist_3rd_m": (
        "Distance to the third nearest centre",
        "Afstand tot het derde dichtstbijzijnde centrum",
        "Distance au troisième centre le plus proche",
    ),
    "centres_within": (
        "Centres within the threshold",
        "Centra binnen de drempel",
        "Centres dans le seuil",
    ),
    "capacity_within": (
        "GP capacity within the threshold",
        "Huisartscapaciteit binnen de drempel",
        "Capacité en médecins dans le seuil",
    ),
    "e2sfca_per_10k": (
        "GPs per 10,000 residents (E2SFCA)",
        "Huisartsen per 10.000 inwoners (E2SFCA)",
        "Médecins pour 10 000 habitants (E2SFCA)",
    ),
    "walk_nearest_m": (
        "Walking distance to the nearest centre",
        "Wandelafstand tot het dichtstbijzijnde centrum",
        "Distance à pied au centre le plus proche",
    ),
    "walk_nearest_min": (
        "Walking time to the nearest centre",
        "Wandeltijd tot het dichtstbijzijnde centrum",
        "Temps de marche au centre le plus proche",
    ),
    "detour_index": ("Detour index", "Omwegfactor", "Indice de détour"),
    "dist_nearest_step_free_m": (
        "Distance to the nearest step-free centre",
        "Afstand tot het dichtstbijzijnde drempelvrije centrum",
        "Distance au centre sans marche le plus proche",
    ),
    "poverty": ("Poverty indicator", "Armoede-indicator", "Indicateur de pauvreté"),
    "poverty_class": ("Poverty class", "Armoedeklasse", "Classe de pauvreté"),
    "bivariate_class": (
        "Poverty and access (bivariate)",
        "Armoede en toegang (bivariaat)",
        "Pauvreté et accès (bivarié)",
    ),
    "gap_class": ("Coverage gap", "Tekort aan zorgaanbod", "Lacune de couverture"),
    "within_threshold": (
        "Nearest centre within the threshold",
        "Dichtstbijzijnde centrum binnen de drempel",
        "Centre le plus proche dans le seuil",
    ),
    "in_catchment": (
        "Inside a centre's catchment area",
        "In het werkingsgebied van een centrum",
        "Dans la zone d'action d'un centre",
    ),
    "population": ("Residents", "Inwoners", "Habitants"),
}


#: Units of render.styling in Dutch and French.
_UNITS = {
    "per 10,000": ("per 10.000", "pour 10 000"),
    "residents": ("inwoners", "habitants"),
    "FTE": ("VTE", "ETP"),
}


def unit(name: str, lang: str) -> str:
    """A unit in ``lang`` (m, km and min are the same in all three)."""
    if lang in ("nl", "fr") and name in _UNITS:
        return _UNITS[name][0 if lang == "nl" else 1]
    return name


def _index(lang: str) -> int:
    return LANGUAGES.index(lang) if lang in LANGUAGES else 0


def text(key: str, lang: str = "en", overrides: Mapping[str, str] | None = None, **fmt) -> str:
    """The layout string ``key`` in ``lang`` (``overrides`` first), formatted with ``fmt``."""
    if overrides and key in overrides:
        template = overrides[key]
    else:
        template = _CATALOGUE[key][_index(lang)] if key in _CATALOGUE else key
    return template.format(**fmt) if fmt else template


def map_labels(lang: str, overrides: Mapping[str, str] | None = None) -> dict[str, str] | None:
    """Translations of render.styling's category labels for ``lang`` (+ ``overrides``)."""
    labels: dict[str, str] = {}
    if lang in ("nl", "fr"):
        labels = {k: v[0 if lang == "nl" else 1] for k, v in _MAP_TEXT.items()}
    labels.update(overrides or {})
    return labels or None


def indicator_label(column: str, lang: str, fallback: str) -> str:
    """The indicator's label in ``lang``; ``fallback`` (the styling label) when not listed."""
    if lang != "en" and column in _INDICATORS:
        return _INDICATORS[column][_index(lang)]
    if column in _INDICATORS and not fallback:
        return _INDICATORS[column][0]
    return fallback or column


def format_number(value: float | None, lang: str = "en", decimals: int = 0) -> str:
    """``1,234.5`` (en) or ``1.234,5`` (nl, fr); an en dash for missing values."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    rounded = round(float(value), decimals)
    s = f"{(rounded if rounded != 0 else 0.0):,.{decimals}f}"
    if lang in ("nl", "fr"):
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return s


def format_percent(fraction: float | None, lang: str = "en", decimals: int = 1) -> str:
    """A fraction in [0, 1] as a percentage: ``45.3%`` (en, nl) or ``45,3 %`` (fr)."""
    if fraction is None or not math.isfinite(float(fraction)):
        return "–"
    number = format_number(100.0 * float(fraction), lang, decimals)
    return f"{number}\u202f%" if lang == "fr" else f"{number}%"


def format_distance(metres: float, lang: str = "en") -> str:
    """A distance for a scale bar or a threshold: ``500 m``, ``1 km``, ``2.5 km`` (``2,5 km``)."""
    if metres >= 1000:
        km = metres / 1000.0
        decimals = (
            0 if abs(km - round(km)) < 1e-9 else (1 if abs(km * 10 - round(km * 10)) < 1e-9 else 2)
        )
        return f"{format_number(km, lang, decimals)} km"
    decimals = 0 if abs(metres - round(metres)) < 1e-9 else 1
    return f"{format_number(metres, lang, decimals)} m"


def format_date(date: _dt.date, lang: str = "en") -> str:
    """``22 November 2026`` / ``22 november 2026`` / ``22 novembre 2026``."""
    month = _MONTHS.get(lang, _MONTHS["en"]).split()[date.month - 1]
    day = "1er" if (lang == "fr" and date.day == 1) else str(date.day)
    return f"{day} {month} {date.year}"
