import sys

from accessmap.cli import main

sys.exit(main())
