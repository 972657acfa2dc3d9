"""`python -m generator`: as `clientgen`, but ending with the interpreter's usual teardown,
so that a tool running the module (`python -m cProfile -m generator ...`) gets to finish."""

import sys

from generator.entry import run

sys.exit(run())
