import sys

from vagledare.cli import main

sys.exit(main())
