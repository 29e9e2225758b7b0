"""The frozen program's entry point: the same ``vagledare`` command as the installed script."""

import sys

from vagledare.cli import main

if __name__ == "__main__":
    sys.exit(main())
