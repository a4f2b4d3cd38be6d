#!/bin/sh
# Renders the small demo's report as the README shows it: LibreOffice -> PDF -> PNG pages
# (title page, contents, method, the first area chapter) in docs/images/report-1..4.png.
# Needs LibreOffice (soffice) and poppler-utils (pdftotext, pdftoppm). The PDF is made as
# `digifelt report -o rapport.pdf` makes it, so the contents page shows its page numbers.
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python=${PYTHON:-.venv/bin/python}
"$python" - "$work" <<'PY'
import sys
from pathlib import Path

from digifelt.core.demo import generate_demo
from digifelt.core.services.projects import open_project, update_project
from digifelt.exports.report import write_report
from digifelt.exports.report.pdf import docx_to_pdf

work = Path(sys.argv[1])
generate_demo(work / "demo.digifelt", size="small", seed=1)
db = open_project(work / "demo.digifelt")
try:
    update_project(db, commissioner="Fjellvik kommune", assessing_org="DigiTrøndelag",
                   report_version="0.3")
    write_report(db, work / "rapport.docx")
finally:
    db.close()
docx_to_pdf(work / "rapport.docx", work / "rapport.pdf")
PY
pages=$(pdfinfo "$work/rapport.pdf" | awk '/^Pages:/ {print $2}')
# The first page whose text starts with the chapter's heading (the TOC lists it too).
find_page() {
    n=3
    while [ "$n" -le "$pages" ]; do
        if pdftotext -f "$n" -l "$n" "$work/rapport.pdf" - | head -n 1 | grep -q "^$1"; then
            echo "$n"; return
        fi
        n=$((n + 1))
    done
    echo 3
}
method=$(find_page "[0-9]* Metode")
area=$(find_page "[0-9]* Politisk forankring")
i=1
for page in 1 2 "$method" "$area"; do
    pdftoppm -f "$page" -l "$page" -r 80 -png -singlefile "$work/rapport.pdf" \
        "docs/images/report-$i"
    i=$((i + 1))
done
echo "wrote docs/images/report-1.png ... report-4.png (pages 1, 2, $method, $area)"
