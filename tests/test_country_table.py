"""warclaims.countries reads pycountry's ISO 3166-1 table from the package's own file, without
importing pycountry (whose import costs the command line more than the table): it must be the
table pycountry gives."""
from __future__ import annotations

import subprocess
import sys

import pycountry

from warclaims.countries import iso_countries


def test_the_table_is_pycountrys_in_its_order_with_its_names() -> None:
    ours = [(c.alpha_2, c.name, c.common_name, c.official_name) for c in iso_countries()]
    theirs = [(c.alpha_2, c.name, getattr(c, "common_name", None), getattr(c, "official_name", None))
              for c in pycountry.countries]
    assert ours == theirs


def test_the_extractor_does_not_import_pycountry() -> None:
    script = "import sys, warclaims.extract; print('pycountry' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
