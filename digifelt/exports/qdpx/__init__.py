"""REFI-QDA (.qdpx): the export another QDA tool continues from, and the import of a .qdpx
made by digifelt, QualCoder, NVivo, ATLAS.ti or MAXQDA."""

from digifelt.exports.qdpx.writer import (  # noqa: F401 (the package's public names)
    LABELS,
    NS,
    QdpxError,
    QdpxResult,
    build_project,
    export_qdpx,
)
