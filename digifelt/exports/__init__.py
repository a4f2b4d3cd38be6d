"""Exporters (report, bundle, qdpx, csv). Never imports Qt."""
