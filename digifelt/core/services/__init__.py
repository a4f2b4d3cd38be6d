"""Services: the only way the UI, CLI and exporters change a project. Each call is one transaction."""
