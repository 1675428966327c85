"""Spreadsheet builders for import tests: rows, CSV as Excel writes it, and .xlsx."""

import csv
import io

from openpyxl import Workbook

# The import's own field names as headers (it reads them as well as German ones).
MENTOR_COLUMNS = (
    "email",
    "first_name",
    "last_name",
    "profession",
    "organisation",
    "topics",
    "bio",
    "postcode",
    "travel_radius_km",
    "remote",
    "capacity",
    "languages",
)
REQUEST_COLUMNS = (
    "email",
    "first_name",
    "last_name",
    "topics",
    "description",
    "stage",
    "postcode",
    "formats",
    "languages",
)


def mentor_row(n: int, **overrides) -> dict[str, str]:
    row = {
        "email": f"expertin{n}@example.org",
        "first_name": "Erika",
        "last_name": f"Muster{n}",
        "profession": "lawyer",
        "organisation": "Kanzlei am See",
        "topics": "recht;steuern",
        "bio": "Seit 20 Jahren Beratung für kleine Betriebe.",
        "postcode": "23909",
        "travel_radius_km": "40",
        "remote": "ja",
        "capacity": "3",
        "languages": "de;en",
    }
    return row | overrides


def request_row(n: int, **overrides) -> dict[str, str]:
    row = {
        "email": f"gruender{n}@example.org",
        "first_name": "Anna",
        "last_name": f"Hansen{n}",
        "topics": "recht",
        "description": "Ich möchte einen Hofladen eröffnen und brauche Hilfe beim Vertrag.",
        "stage": "idea",
        "postcode": "23909",
        "formats": "in_person;video",
        "languages": "de",
    }
    return row | overrides


def csv_bytes(rows: list[dict], *, columns=MENTOR_COLUMNS, delimiter=",", bom=False) -> bytes:
    def quoted(value: str) -> str:
        if any(char in value for char in (delimiter, '"', "\n")):
            return '"' + value.replace('"', '""') + '"'
        return value

    lines = [delimiter.join(columns)]
    lines += [delimiter.join(quoted(row[name]) for name in columns) for row in rows]
    text = "\r\n".join(lines) + "\r\n"
    return ("\ufeff" if bom else "").encode() + text.encode()


def xlsx_bytes(rows: list[dict], *, columns=MENTOR_COLUMNS) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(columns))
    for row in rows:
        # Numbers as Excel stores them: 23909 and 3 become floats on reading.
        sheet.append([float(row[c]) if row[c].isdigit() else row[c] for c in columns])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


# A region's expert list as a coordinator keeps it in Excel: German headers in her own words.
GERMAN_MENTOR_HEADER = [
    "E-Mail-Adresse",
    "Vorname",
    "Nachname",
    "Beruf",
    "Firma",
    "Themen",
    "Über mich",
    "PLZ",
    "Umkreis (km)",
    "Online möglich",
    "Plätze",
    "Sprachen",
]


def german_mentor(n: int, **overrides) -> list:
    """One row under GERMAN_MENTOR_HEADER; numbers as Excel stores them (23909.0, 3.0)."""
    row = {
        "E-Mail-Adresse": f" Joerdis.Moeller{n}@Example.org ",
        "Vorname": "Jördis",
        "Nachname": f"Möller-Dąbrowska{n}",
        "Beruf": "Rechtsanwältin",
        "Firma": "Kanzlei am Küchensee",
        "Themen": "Recht; Steuern/Nachfolge",
        "Über mich": "Verträge für Hofläden, Pachten und Übergaben.",
        "PLZ": 23909.0,
        "Umkreis (km)": 40.0,
        "Online möglich": "ja",
        "Plätze": 3.0,
        "Sprachen": "Deutsch, Englisch",
    }
    row |= overrides
    return [row[name] for name in GERMAN_MENTOR_HEADER]


def sheet_xlsx(header: list[str], rows: list[list]) -> bytes:
    """An .xlsx with the cells as given (numbers stay numbers, as Excel keeps them)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Expertinnen"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def sheet_csv(header: list[str], rows: list[list], *, encoding: str = "utf-8-sig") -> bytes:
    """Semicolon CSV as German Excel saves it ("CSV UTF-8" with BOM, or plain cp1252)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(
            ["" if v is None else str(int(v)) if isinstance(v, float) else v for v in row]
        )
    return out.getvalue().encode(encoding)
