"""Word report skeleton (.docx) for the writers to finish in Word.

    from digifelt.exports.report import write_report
    summary = write_report(db, Path("rapport.docx"), template=None, lang=None)

python-docx is imported only when a report is written.
"""

from digifelt.exports.report.api import ReportSummary, export_report, write_report
from digifelt.exports.report.errors import ReportCancelled, ReportError

__all__ = ["ReportCancelled", "ReportError", "ReportSummary", "export_report",
           "write_report"]
