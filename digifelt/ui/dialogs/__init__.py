"""Dialogs: new project, activity details, questions, preferences, shortcut help."""
