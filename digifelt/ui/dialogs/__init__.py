"""Dialogs: new project, activity details, questions, settings, shortcut help."""
