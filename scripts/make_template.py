"""Write templates/briefing.docx from the styles defined in briefing/template.py.

    python scripts/make_template.py [OUT.docx]
"""
from __future__ import annotations

import sys
from pathlib import Path

from briefing.template import write_default_template

if __name__ == "__main__":
    default = Path(__file__).resolve().parent.parent / "templates" / "briefing.docx"
    write_default_template(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
