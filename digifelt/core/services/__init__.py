"""Services: the only way the UI, CLI and exporters change a project; each call one transaction."""
