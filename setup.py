"""Packaging hook (everything else is in pyproject.toml): the wheel carries resources/.

`resources/` (style, icons, fonts, compiled translations) stays at the top of the repository,
where the frozen build and the translation tools expect it; building a wheel copies it into
the package as `bordertrack/_resources`, which `bordertrack.resources` finds first.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    """build_py, then resources/ copied into the built package."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "bordertrack" / "_resources"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / "resources", target)


setup(cmdclass={"build_py": BuildWithResources})
