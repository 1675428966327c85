"""Rewrite vocabulary/data/postcodes_de.csv from the package countrystatecity-postal-codes.

Run in a throw-away virtualenv that has the package (it is not a dependency of the site):
    python -m venv /tmp/postcodes && /tmp/postcodes/bin/pip install countrystatecity-postal-codes
    /tmp/postcodes/bin/python tools/postcodes_extract.py
The extract is ODbL 1.0 like its source (vocabulary/data/POSTCODES_LICENCE.md).
"""

import csv
from pathlib import Path

from countrystatecity_postal_codes import get_postcodes_of_country

TARGET = Path(__file__).resolve().parent.parent / "vocabulary" / "data" / "postcodes_de.csv"


def main() -> None:
    # In the package's order: the gazetteer takes the first locality of a postcode as its main one
    # where population does not decide.
    rows = [
        (entry.code, entry.localityName, entry.stateCode)
        for entry in get_postcodes_of_country("DE")
        if entry.localityName and entry.stateCode
    ]
    with TARGET.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["postcode", "locality", "land"])
        writer.writerows(rows)
    print(f"{len(rows)} postcodes and localities written to {TARGET}")


if __name__ == "__main__":
    main()
