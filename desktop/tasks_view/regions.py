"""Holiday regions as a sentence needs them: "im Kanton Waadt", "dans le canton de Vaud".

Each language puts its own article and preposition in front of a canton or Land, so the
phrase is translated whole rather than glued together from a name.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CTX = "Region"

REGION_PHRASES: dict[str, str] = {
    "CH": QT_TRANSLATE_NOOP("Region", "in Switzerland"),
    "DE": QT_TRANSLATE_NOOP("Region", "in Germany"),
    "CH-AG": QT_TRANSLATE_NOOP("Region", "in the canton of Aargau"),
    "CH-AI": QT_TRANSLATE_NOOP("Region", "in the canton of Appenzell Innerrhoden"),
    "CH-AR": QT_TRANSLATE_NOOP("Region", "in the canton of Appenzell Ausserrhoden"),
    "CH-BE": QT_TRANSLATE_NOOP("Region", "in the canton of Bern"),
    "CH-BL": QT_TRANSLATE_NOOP("Region", "in the canton of Basel-Landschaft"),
    "CH-BS": QT_TRANSLATE_NOOP("Region", "in the canton of Basel-Stadt"),
    "CH-FR": QT_TRANSLATE_NOOP("Region", "in the canton of Fribourg"),
    "CH-GE": QT_TRANSLATE_NOOP("Region", "in the canton of Geneva"),
    "CH-GL": QT_TRANSLATE_NOOP("Region", "in the canton of Glarus"),
    "CH-GR": QT_TRANSLATE_NOOP("Region", "in the canton of Graubünden"),
    "CH-JU": QT_TRANSLATE_NOOP("Region", "in the canton of Jura"),
    "CH-LU": QT_TRANSLATE_NOOP("Region", "in the canton of Lucerne"),
    "CH-NE": QT_TRANSLATE_NOOP("Region", "in the canton of Neuchâtel"),
    "CH-NW": QT_TRANSLATE_NOOP("Region", "in the canton of Nidwalden"),
    "CH-OW": QT_TRANSLATE_NOOP("Region", "in the canton of Obwalden"),
    "CH-SG": QT_TRANSLATE_NOOP("Region", "in the canton of St. Gallen"),
    "CH-SH": QT_TRANSLATE_NOOP("Region", "in the canton of Schaffhausen"),
    "CH-SO": QT_TRANSLATE_NOOP("Region", "in the canton of Solothurn"),
    "CH-SZ": QT_TRANSLATE_NOOP("Region", "in the canton of Schwyz"),
    "CH-TG": QT_TRANSLATE_NOOP("Region", "in the canton of Thurgau"),
    "CH-TI": QT_TRANSLATE_NOOP("Region", "in the canton of Ticino"),
    "CH-UR": QT_TRANSLATE_NOOP("Region", "in the canton of Uri"),
    "CH-VD": QT_TRANSLATE_NOOP("Region", "in the canton of Vaud"),
    "CH-VS": QT_TRANSLATE_NOOP("Region", "in the canton of Valais"),
    "CH-ZG": QT_TRANSLATE_NOOP("Region", "in the canton of Zug"),
    "CH-ZH": QT_TRANSLATE_NOOP("Region", "in the canton of Zurich"),
    "DE-BB": QT_TRANSLATE_NOOP("Region", "in Brandenburg"),
    "DE-BE": QT_TRANSLATE_NOOP("Region", "in Berlin"),
    "DE-BW": QT_TRANSLATE_NOOP("Region", "in Baden-Württemberg"),
    "DE-BY": QT_TRANSLATE_NOOP("Region", "in Bavaria"),
    "DE-HB": QT_TRANSLATE_NOOP("Region", "in Bremen"),
    "DE-HE": QT_TRANSLATE_NOOP("Region", "in Hesse"),
    "DE-HH": QT_TRANSLATE_NOOP("Region", "in Hamburg"),
    "DE-MV": QT_TRANSLATE_NOOP("Region", "in Mecklenburg-Western Pomerania"),
    "DE-NI": QT_TRANSLATE_NOOP("Region", "in Lower Saxony"),
    "DE-NW": QT_TRANSLATE_NOOP("Region", "in North Rhine-Westphalia"),
    "DE-RP": QT_TRANSLATE_NOOP("Region", "in Rhineland-Palatinate"),
    "DE-SH": QT_TRANSLATE_NOOP("Region", "in Schleswig-Holstein"),
    "DE-SL": QT_TRANSLATE_NOOP("Region", "in Saarland"),
    "DE-SN": QT_TRANSLATE_NOOP("Region", "in Saxony"),
    "DE-ST": QT_TRANSLATE_NOOP("Region", "in Saxony-Anhalt"),
    "DE-TH": QT_TRANSLATE_NOOP("Region", "in Thuringia"),
}


def region_phrase(code: str) -> str:
    """ "im Kanton Waadt" for "CH-VD"; the bare code for a region this version lacks."""
    source = REGION_PHRASES.get(code)
    return QCoreApplication.translate(_CTX, source) if source else code
