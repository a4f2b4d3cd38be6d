"""Window layout is remembered per arrangement of screens (laptop alone, docked, projector)."""

from digifelt.ui import window_state


def test_each_screen_arrangement_gets_its_own_window_size(qtbot, controller, project_path,
                                                          monkeypatch):
    arrangement = {"now": "laptop"}
    monkeypatch.setattr(window_state, "screens_key", lambda: arrangement["now"])

    def open_close(height: int | None) -> int:
        window = controller.open_project(project_path)
        seen = window.height()
        if height is not None:
            window.resize(window.width(), height)
        window.close()
        return seen

    open_close(500)
    arrangement["now"] = "docked"
    assert open_close(540) == 500  # a new arrangement starts from the last layout used
    arrangement["now"] = "laptop"
    assert open_close(None) == 500
    arrangement["now"] = "docked"
    assert open_close(None) == 540


def test_the_key_names_the_current_screens(qapp):
    first = window_state.screens_key()
    assert first == window_state.screens_key()
    assert len(first) == 12
