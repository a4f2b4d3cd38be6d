"""Any string becomes one harmless file name: never a path, a device, a hidden file or a
name that reads as something else; and the services store only such names."""

import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digifelt.core.filenames import FALLBACK, MAX_BYTES, is_safe_filename, safe_filename
from digifelt.core.services import attachments

HOSTILE = [
    "../../x.sh", "..\\..\\x.sh", "/etc/passwd", "/abs/x.sh", "C:\\Windows\\x.exe", "C:x.txt",
    "C:", "\\\\host\\share\\x.lnk", "//host/share/x", "．．／．．／x", "..\u2215..\u2215x",
    "a\u2044b", "a\u29f8b", "a\uff3cb", "\ufe68x", "x\x00y", "x\ny", "x\ry", "\x1b[31mred",
    "evil\u202efdp.exe", "\u2066a\u2069.txt", "\u200b", "\ufeff.bashrc", "a" * 5000,
    "b" * 5000 + ".pdf", "ø" * 3000 + ".docx", "CON", "con.txt", "NUL", "nul.tar.gz",
    "COM1", "com9.log", "LPT1.txt", "COM¹", "CONIN$", "AUX ", "prn.", "..", ".", "", " ",
    "...", "   .", ". .", ".bashrc", "~/.ssh/authorized_keys", "a:b*c?.txt", "a<b>c|d\"e",
    "x" * 119 + "é", "name." + "e" * 40, "\U0001f4be.png", "e\u0301.txt", "ﬁle.txt",
    "\ud800.txt", "\udfff", "\uffff", "\U000e0001tag", "sub/dir/", "trailing/",
]
NON_STRINGS = [None, 5, b"../x", ["a"]]
RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"} | {
    f"{p}{n}" for p in ("COM", "LPT") for n in "0123456789"}


def assert_one_safe_component(name: str, folder: Path | None = None) -> None:
    assert isinstance(name, str)
    assert name
    assert name == safe_filename(name), "not stable"
    assert is_safe_filename(name)
    assert "/" not in name
    assert "\\" not in name
    assert name not in (".", "..")
    assert not name.startswith((".", " "))
    assert not name.endswith((".", " "))
    assert len(name.encode("utf-8")) <= MAX_BYTES
    assert name == unicodedata.normalize("NFKC", name)
    for char in name:
        assert unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"), \
            repr(char)
        assert char not in '<>:"|?*'
    assert name.split(".")[0].upper() not in RESERVED
    if folder is not None:
        target = folder / name
        assert target.resolve().parent == folder.resolve()
        assert target.parent == folder
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        assert [p.name for p in folder.iterdir()] == [name]
        target.unlink()


@pytest.mark.parametrize("name", HOSTILE + NON_STRINGS)
def test_hostile_names_become_one_safe_component(name, tmp_path):
    safe = safe_filename(name)
    assert_one_safe_component(safe, tmp_path)
    if not isinstance(name, str) or not name.strip(" ."):
        assert safe == FALLBACK


@pytest.mark.parametrize(("name", "expected"), [
    ("../../x.sh", "x.sh"), ("C:\\Windows\\x.exe", "x.exe"), ("\\\\host\\share\\x.lnk", "x.lnk"),
    ("．．／．．／x", "x"), ("..\u2215..\u2215x", "x"), ("evil\u202efdp.exe", "evilfdp.exe"),
    ("CON", "_CON"), ("con.txt", "_con.txt"), ("a:b*c?.txt", "a_b_c_.txt"), ("..", FALLBACK),
    ("", FALLBACK), (".bashrc", "bashrc"), ("x\x00y", "x_y"),
    ("årsrapport 2026.pdf", "årsrapport 2026.pdf"), ("Notat 100%.pdf", "Notat 100%.pdf"),
])
def test_what_a_name_becomes(name, expected):
    assert safe_filename(name) == expected


def test_a_long_name_keeps_its_extension():
    safe = safe_filename("r" * 5000 + ".pdf")
    assert safe.endswith(".pdf")
    assert len(safe.encode()) <= MAX_BYTES
    assert safe_filename("ø" * 5000 + ".docx").endswith("ø.docx")


def test_ordinary_names_are_kept_as_they_are():
    for name in ("foto.jpg", "Handlingsprogram 2026.pdf", "tavle.png", "Møtereferat (2).docx",
                 "Notat fra Kari Nordmann 100%.pdf", "rapport.tar.gz", "ÆØÅ æøå.txt"):
        assert safe_filename(name) == name
        assert is_safe_filename(name)


PIECES = st.sampled_from(["..", ".", "/", "\\", "C:", "\\\\", "．", "／", "＼", "\u2215",
                          "\u202e", "\u200d", "\x00", "\n", "CON", "nul", "com1", " ", "~",
                          ":", "*", "é", "e\u0301", "ﬁ", "\U0001f4be", ".pdf", "a" * 130])
NAMES = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=12).map("".join),
)


@settings(max_examples=400, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=NAMES)
def test_any_string_becomes_one_safe_component(name, tmp_path):
    safe = safe_filename(name)
    assert_one_safe_component(safe)
    assert is_safe_filename(name) == (name == safe)


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=NAMES)
def test_a_made_name_is_a_file_directly_in_its_folder(name, tmp_path):
    folder = tmp_path / "f"
    folder.mkdir(exist_ok=True)
    for leftover in folder.iterdir():
        leftover.unlink()
    assert_one_safe_component(safe_filename(name), folder)


@pytest.mark.parametrize("name", ["../../x.sh", "/abs/x.sh", "C:\\x.bat", "CON", "..",
                                  "evil\u202efdp.exe", "\\\\host\\share"])
def test_the_services_store_only_safe_names(project, name):
    att = attachments.add_attachment(project, data=b"x", filename=name)
    assert is_safe_filename(att.filename)
    other = attachments.add_attachment(project, data=b"y", filename="ok.txt")
    changed = attachments.update_attachment(project, other.id, filename=name)
    assert changed.filename == safe_filename(name)
    stored = {a.id: a.filename for a in attachments.list_attachments(project)}
    assert stored == {att.id: safe_filename(name), other.id: safe_filename(name)}
