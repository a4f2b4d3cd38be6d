"""Benchmarks: digifelt operations against bare-library baselines measured in the same run."""
