extensions = ["caglossary"]
exclude_patterns = ["_build"]
caglossary_builtin_bib = False
caglossary_glossary_files = ["missing.toml"]
