"""Open the accessmap window (same as ``accessmap gui``)."""

import sys

from accessmap.cli import main

if __name__ == "__main__":
    sys.exit(main(["gui", *sys.argv[1:]]))
