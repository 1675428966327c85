"""Reading the report page and its CSV back into tables, as a person or a spreadsheet would."""

import csv
import html
import io
import re

TABLE = re.compile(r'<table class="listing report-table" data-table="(\w+)">(.*?)</table>', re.S)
CAPTION = re.compile(r"<caption>(.*?)</caption>", re.S)
ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
CELL = re.compile(r"<t[hd][^>]*>(.*?)</t[hd]>", re.S)


def page_tables(page: str) -> list[list[list[str]]]:
    """Each table on the page as rows of cells, its caption first (as the CSV writes it)."""
    tables = []
    for _slug, body in TABLE.findall(page):
        rows = [[html.unescape(CAPTION.search(body).group(1).strip())]]
        rows += [[html.unescape(c.strip()) for c in CELL.findall(row)] for row in ROW.findall(body)]
        tables.append(rows)
    return tables


def csv_tables(content: bytes) -> list[list[list[str]]]:
    """The CSV's tables: blocks separated by an empty line."""
    text = content.decode("utf-8-sig")
    tables, current = [], []
    for row in csv.reader(io.StringIO(text), delimiter=";"):
        if row:
            current.append(row)
        else:
            tables.append(current)
            current = []
    return [*tables, current]
