"""Entry point for ``python -m digifelt``."""

import sys

from digifelt.cli import main

if __name__ == "__main__":
    sys.exit(main())
