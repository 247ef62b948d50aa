"""PDF basics shared by the printable documents: a Unicode font, page furniture, saving."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from bordertrack.domain.errors import error_template
from bordertrack.resources import resource_path
from bordertrack.services.reports.errors import ReportProblem, write_failed

FONT = "DejaVu"


class Document(FPDF):
    """An A4 page with DejaVu Sans (Latin and Cyrillic) and an optional footer line.

    The built-in PDF fonts have no Cyrillic, so every document embeds the shipped TTF.
    """

    def __init__(
        self, orientation: str = "portrait", footer: str = "", numbered: bool = True
    ) -> None:
        super().__init__(orientation=orientation, unit="mm", format="A4")
        regular = resource_path("fonts", "DejaVuSans.ttf")
        bold = resource_path("fonts", "DejaVuSans-Bold.ttf")
        if not regular.is_file():
            raise ReportProblem(
                error_template(
                    "The font {regular} is missing; reinstall BorderTrack to print documents."
                ),
                regular=regular,
            )
        self.add_font(FONT, "", str(regular))
        self.add_font(FONT, "B", str(bold))
        self.footer_text = footer
        self.numbered = numbered
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(True, margin=18)
        self.set_font(FONT, size=10)
        self.set_creator("BorderTrack")

    def footer(self) -> None:
        """Page numbers (and the document's reference) so loose pages can be put back in order."""
        if not self.numbered:
            return
        self.set_y(-12)
        self.set_font(FONT, size=8)
        self.set_text_color(100)
        self.cell(0, 5, f"{self.footer_text}    {self.page_no()}/{{nb}}".strip(), align="R")
        self.set_text_color(0)

    def heading(self, text: str, size: int = 15) -> None:
        self.set_font(FONT, "B", size)
        self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.set_font(FONT, size=10)
        self.ln(2)

    def pair(self, label: str, value: str, width: float = 55) -> None:
        """A 'Label: value' line of the document's header block."""
        self.set_font(FONT, "B", 10)
        self.cell(width, 6, label)
        self.set_font(FONT, size=10)
        self.multi_cell(0, 6, value or "-", align="L", new_x="LMARGIN", new_y="NEXT")


def save_pdf(doc: FPDF, out: Path) -> None:
    """Write through a temporary name so a failed write never leaves half a document."""
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    try:
        doc.output(str(tmp))
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise write_failed(out, exc) from None


def money(value: float | None) -> str:
    """1234.5 -> '1 234.50' (a space groups thousands in both English and Russian print)."""
    if value is None:
        return ""
    return f"{value:,.2f}".replace(",", "\u00a0")
