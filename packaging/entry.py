"""The frozen app's entry point (PyInstaller runs this file; `clubapp` is the same as in a venv)."""

import multiprocessing
import sys

from clubapp.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # Windows: child processes of a frozen app start through main again
    sys.exit(main())
