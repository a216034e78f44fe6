"""pytest plugin loaded before Django's settings (``-p intl_office.testing`` in pyproject):
tests get a temporary data folder, so they never write into the working directory."""

import os
import tempfile

os.environ.setdefault("INTL_OFFICE_DATA_DIR", tempfile.mkdtemp(prefix="intl-office-tests-"))
