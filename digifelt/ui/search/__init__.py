"""Search: the global search dialog (Ctrl+K), the find bar for editors (Ctrl+F), jumps."""
