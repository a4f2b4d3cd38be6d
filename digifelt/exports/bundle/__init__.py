"""Evidence bundles: BagIt 1.0 zips of a project (export, verify, import/merge). No Qt."""

from digifelt.exports.bundle.errors import BundleError
from digifelt.exports.bundle.importer import (
    BundleInfo,
    ImportPlan,
    ImportResult,
    apply_import,
    preview_import,
)
from digifelt.exports.bundle.reader import DEFAULT_LIMITS, Limits
from digifelt.exports.bundle.verify import VerifyReport, verify_bundle
from digifelt.exports.bundle.writer import ExportResult, export_bundle

__all__ = [
    "DEFAULT_LIMITS", "BundleError", "BundleInfo", "ExportResult", "ImportPlan",
    "ImportResult", "Limits", "VerifyReport", "apply_import", "export_bundle",
    "preview_import", "verify_bundle",
]
