"""Domain model and services. Never imports Qt."""
