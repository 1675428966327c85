"""The report as CSV for German spreadsheets: semicolons, decimal commas, a UTF-8 BOM."""

import csv
import io

from reporting.tables import Table


def tables_csv(tables: list[Table]) -> str:
    """Each table as its caption, its header and its rows, with a blank line between tables."""
    out = io.StringIO()
    out.write("\ufeff")  # Excel reads UTF-8 only with the byte order mark
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for i, table in enumerate(tables):
        if i:
            writer.writerow([])
        writer.writerow([table.caption])
        writer.writerow(table.header)
        writer.writerows(table.rows)
    return out.getvalue()
