"""Names that are safe to show and to use as one file name, whatever string they come from.

An attachment's name arrives from a file picker, a teammate's bundle or a project file
someone sent; only the first is trustworthy. Every stored name goes through `safe_filename`,
and every file digifelt writes for an attachment is named by it, so a name can never become
a path (`../`, `/abs`, `C:\\`, `\\\\host\\share`, look-alike slashes), a device (CON, NUL), a
hidden file, or text that reads differently from what it is (bidi overrides).
"""

import re
import unicodedata

FALLBACK = "attachment.bin"

# Characters that read as a slash once NFKC has run (fullwidth ／ and ＼ become / and \).
_SLASHES = "/\\\u2044\u2215\u2216\u29f5\u29f8\u29f9\u27cb\u27cd\u2571\u2572\u1735\u2cc6"
_SLASH_RUN = re.compile(f"[{re.escape(_SLASHES)}]")
# Not allowed in a file name on Windows (':' would also make an NTFS alternate stream).
_FORBIDDEN = set('<>:"|?*')
_DROPPED = ("Cf",)  # format characters: invisible, so dropping them changes nothing shown
_REPLACED = ("Cc", "Cs", "Co", "Cn", "Zl", "Zp")  # controls, surrogates, unassigned
_WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"]
    + [f"{p}{n}" for p in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")])
MAX_BYTES = 120  # UTF-8 bytes: well inside every file system's 255, room for a prefix
MAX_EXT = 16


def _clean(name: str) -> str:
    name = unicodedata.normalize("NFKC", name)
    name = _SLASH_RUN.sub("/", name).rsplit("/", 1)[-1]
    out = []
    for c in name:
        category = unicodedata.category(c)
        if category in _DROPPED:
            continue
        out.append("_" if category in _REPLACED or c in _FORBIDDEN else c)
    name = re.sub(r"\s+", " ", "".join(out))
    return name.strip(" .")


def _bounded(name: str) -> str:
    if len(name.encode("utf-8")) <= MAX_BYTES:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or not ext or len(ext) > MAX_EXT or " " in ext:
        stem, ext = name, ""
    room = MAX_BYTES - (len(ext.encode("utf-8")) + 1 if ext else 0)
    stem = stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip(" .")
    return f"{stem}.{ext}" if ext and stem else (stem or ext)


def safe_filename(name: str | None, *, fallback: str = FALLBACK) -> str:
    """One harmless file name made from any string, keeping what can be kept of it.

    The last component after any slash (or look-alike); no control, format or unassigned
    characters; none of <>:"|?*; no leading or trailing dots and spaces (so never "." or
    ".."); not a Windows device name; at most MAX_BYTES of UTF-8 with the extension kept;
    never empty. `safe_filename(safe_filename(x)) == safe_filename(x)`.
    """
    name = name if isinstance(name, str) else ""
    for _ in range(4):  # a step can expose work for another (NFKC after a cut); settles fast
        cleaned = _step(name)
        if cleaned == name:
            return name or fallback
        name = cleaned
    return fallback


def _step(name: str) -> str:
    name = _bounded(_clean(name))
    if name.split(".", 1)[0].rstrip(" ").upper() in _WINDOWS_RESERVED:
        name = f"_{name}"
    return name


def is_safe_filename(name) -> bool:
    """Whether `name` is already what `safe_filename` makes of it."""
    return isinstance(name, str) and bool(name) and safe_filename(name) == name



# Endings the desktop runs rather than shows, on Windows, macOS or Linux (programs, scripts,
# installers, shortcuts, disk images, macro-enabled Office files).
PROGRAM_EXTENSIONS = frozenset({
    "exe", "com", "bat", "cmd", "msi", "msix", "msp", "appx", "scr", "pif", "cpl", "lnk",
    "url", "scf", "reg", "hta", "ps1", "psm1", "vbs", "vbe", "js", "jse", "wsf", "wsh", "jar",
    "application", "gadget", "iso", "img", "vhd", "vhdx", "dmg", "pkg", "app", "command",
    "tool", "sh", "bash", "zsh", "csh", "ksh", "run", "appimage", "desktop", "deb",
    "rpm", "py", "pyw", "pl", "rb", "php", "docm", "dotm", "xlsm", "xltm", "xlam", "pptm",
    "potm", "ppam", "sldm", "chm", "inf", "library-ms", "settingcontent-ms",
})


def may_run_as_program(name: str | None) -> bool:
    """Whether the desktop would likely run a file of this name rather than show it.

    Judged on the safe name the file is written under, so look-alike dots and trailing spaces
    or dots ("x.exe.", "x.exe ") cannot hide the ending.
    """
    safe = safe_filename(name)
    ending = safe.rsplit(".", 1)[-1].casefold() if "." in safe else ""
    return ending in PROGRAM_EXTENSIONS
