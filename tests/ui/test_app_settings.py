"""App settings: typed, versioned JSON in the config folder, written atomically, never lost."""

import json

from digifelt.app_settings import (
    MAX_RECENT,
    SCHEMA_VERSION,
    AppSettings,
    load_settings,
    save_settings,
    settings_path,
)


def test_first_load_creates_a_stable_assessor_id():
    first = load_settings()
    assert settings_path().is_file()
    assert load_settings().assessor_id == first.assessor_id
    data = json.loads(settings_path().read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION


def test_round_trip_and_no_temporary_files_left(tmp_path):
    s = AppSettings(assessor_name="Kari Nordmann", assessor_initials="KN", language="nb")
    s.add_recent(tmp_path / "a.digifelt")
    save_settings(s)
    again = load_settings()
    assert again == s
    assert [p.name for p in settings_path().parent.iterdir()] == ["settings.json"]


def test_recent_files_are_unique_newest_first_and_bounded(tmp_path):
    s = AppSettings()
    for n in range(MAX_RECENT + 3):
        s.add_recent(tmp_path / f"{n}.digifelt")
    s.add_recent(tmp_path / "5.digifelt")
    assert len(s.recent_files) == MAX_RECENT
    assert s.recent_files[0].endswith("5.digifelt")
    assert len(set(s.recent_files)) == MAX_RECENT
    s.forget_recent(tmp_path / "5.digifelt")
    assert s.last_project is None
    assert not any(p.endswith("/5.digifelt") for p in s.recent_files)


def test_a_damaged_file_is_kept_aside_and_defaults_are_used():
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text("{not json", encoding="utf-8")
    s = load_settings()
    assert s.language == "auto"
    assert settings_path().with_name("settings.json.broken").read_text() == "{not json"


def test_unknown_fields_from_a_newer_version_are_ignored():
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(json.dumps({"schema_version": 1, "language": "en",
                                           "future_field": 3}), encoding="utf-8")
    assert load_settings().language == "en"


def test_display_name_is_the_name_given_never_the_login():
    assert AppSettings(assessor_name="  ").display_name() == ""
    assert not AppSettings(assessor_name="  ").has_identity()
    assert AppSettings(assessor_name=" Ola ").display_name() == "Ola"


def test_wrong_types_and_bad_language_are_refused():
    import pytest

    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(json.dumps({"language": "xx"}), encoding="utf-8")
    assert load_settings().language == "auto"
    settings_path().write_text(json.dumps({"recent_files": "not a list"}), encoding="utf-8")
    assert load_settings().recent_files == []
    with pytest.raises(ValueError, match="language"):
        AppSettings().language = "de"


def test_numeric_options_are_checked_and_a_hand_edited_value_is_pulled_into_range():
    import pytest

    s = AppSettings()
    with pytest.raises(ValueError, match="autosave_delay_ms"):
        s.autosave_delay_ms = 5000
    with pytest.raises(ValueError, match="backups_kept"):
        s.backups_kept = True
    loaded = AppSettings.from_dict({"autosave_delay_ms": 99999, "backup_minutes": 0,
                                    "backups_kept": 50, "data_folder": "/srv/x"})
    assert (loaded.autosave_delay_ms, loaded.backup_minutes, loaded.backups_kept) == (1000, 2, 50)
    with pytest.raises(ValueError, match="wrong type"):
        AppSettings.from_dict({"backup_minutes": "10"})


def test_the_chosen_data_folder_and_backup_count_reach_the_storage_layer(tmp_path, monkeypatch):
    from digifelt.app_settings import apply_to_process
    from digifelt.storage import backup, paths

    monkeypatch.delenv("DIGIFELT_DATA_DIR")
    s = AppSettings(data_folder=str(tmp_path / "data"), backups_kept=5)
    apply_to_process(s)
    assert paths.data_dir() == tmp_path / "data"
    assert paths.backups_dir() == tmp_path / "data" / "backups"
    project = tmp_path / "p.digifelt"
    import sqlite3

    sqlite3.connect(project).execute("CREATE TABLE t(x)").connection.close()
    for _ in range(7):
        backup.take_backup(project, "test")
    assert len(backup.list_backups(project)) == 5
    assert all(b.path.is_relative_to(tmp_path / "data") for b in backup.list_backups(project))


def test_moving_backups_to_a_new_data_folder_never_overwrites(tmp_path):
    from digifelt.storage.backup import move_backups

    old, new = tmp_path / "old", tmp_path / "new"
    (old / "backups" / "p-1").mkdir(parents=True)
    (old / "backups" / "p-1" / "a.digifelt").write_bytes(b"old a")
    (old / "backups" / "p-1" / "b.digifelt").write_bytes(b"old b")
    (new / "backups" / "p-1").mkdir(parents=True)
    (new / "backups" / "p-1" / "b.digifelt").write_bytes(b"new b")
    assert move_backups(old, new) == 1
    assert (new / "backups" / "p-1" / "a.digifelt").read_bytes() == b"old a"
    assert (new / "backups" / "p-1" / "b.digifelt").read_bytes() == b"new b"
    assert (old / "backups" / "p-1" / "b.digifelt").read_bytes() == b"old b"  # kept, not lost
    assert move_backups(new, new) == 0
