"""``python -m caglossary``."""

from .cli import main

raise SystemExit(main())
