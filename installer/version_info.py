"""The Windows version resource of the frozen executables (Properties > Details in Explorer,
and what antivirus and SmartScreen show), rendered as PyInstaller's version-file text.

    python installer/version_info.py OUT.txt [EXE_NAME]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def read_version() -> str:
    """bordertrack.__version__, read from the source without importing the package."""
    text = (ROOT / "bordertrack" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not match:
        raise SystemExit("bordertrack/__init__.py has no __version__")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0); a suffix such as 'rc1' is dropped from the numbers."""
    numbers = [int(re.match(r"\d*", part).group() or 0) for part in version.split(".")[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def render(exe_name: str, description: str, version: str | None = None) -> str:
    version = version or read_version()
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "BorderTrack project",
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": exe_name.removesuffix(".exe"),
        "LegalCopyright": "MIT licence",
        "OriginalFilename": exe_name,
        "ProductName": "BorderTrack",
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
          {table}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


if __name__ == "__main__":
    out = Path(sys.argv[1])
    name = sys.argv[2] if len(sys.argv) > 2 else "bordertrack.exe"
    out.write_text(render(name, "BorderTrack"), encoding="utf-8")
