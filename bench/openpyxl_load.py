"""The peer: load each workbook with openpyxl read-only and iterate every cell, no checks at all."""
import sys
from pathlib import Path

import openpyxl


def load(path):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    n = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is not None:
                    n += 1
    wb.close()
    return n


total = 0
for arg in sys.argv[1:]:
    p = Path(arg)
    files = sorted(p.rglob("*.xlsx")) if p.is_dir() else [p]
    for f in files:
        total += load(f)
print(total, file=sys.stderr)
