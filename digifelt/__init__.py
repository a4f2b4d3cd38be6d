"""digifelt: offline evidence capture for on-site organisational assessments."""

__version__ = "0.1.0"
