"""``python -m caglossary``."""

import gc

# off before the package's modules load: a command's data stays in use until the
# process ends, so the collector would only walk it again and again (see cli.run)
gc.disable()

from .cli import run  # noqa: E402 — after the collector is off, on purpose

run()
