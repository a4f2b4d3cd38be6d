"""CLI verbs, one module per group of related commands."""
