extensions = ["caglossary"]
project = "caglossary determinism"
copyright = "caglossary developers"  # fixed: the default names the current year
language = "en"  # docutils has no Turkish module; the pages' language is set below
caglossary_language = "tr"
exclude_patterns = ["_build"]
# A small synthetic glossary keeps each build under a second; the bundled
# references stay on, so real citations resolve next to the synthetic ones.
caglossary_builtin_glossary = False
caglossary_glossary_files = ["data/glossary.toml"]
caglossary_bib_files = ["data/refs.bib"]
