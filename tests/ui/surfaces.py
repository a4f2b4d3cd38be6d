"""Every dialog of the app, for tests that read all of its surfaces."""


def all_dialogs(window, settings):
    """One of each dialog the app shows, built for the project open in `window`."""
    from digifelt.ui.dialogs.about import AboutDialog
    from digifelt.ui.dialogs.activity import ActivityDialog
    from digifelt.ui.dialogs.backups import BackupsDialog
    from digifelt.ui.dialogs.conflicts import ConflictsDialog
    from digifelt.ui.dialogs.erase_notes import EraseNotesDialog
    from digifelt.ui.dialogs.new_project import NewProjectDialog
    from digifelt.ui.dialogs.privacy import PrivacyDialog
    from digifelt.ui.dialogs.question import QuestionDialog
    from digifelt.ui.dialogs.settings import SettingsDialog
    from digifelt.ui.dialogs.shortcuts import ShortcutsDialog

    ctx = window.ctx
    yield AboutDialog(window)
    yield ActivityDialog(ctx, kind="interview", parent=window)
    yield BackupsDialog(ctx.path, window)
    yield ConflictsDialog(window, window)
    yield EraseNotesDialog("Fjellvik kommune", window)
    yield NewProjectDialog(settings, window)
    yield PrivacyDialog(ctx, window)
    yield QuestionDialog(ctx, title="x", parent=window)
    yield SettingsDialog(settings, window)
    yield ShortcutsDialog(window)
