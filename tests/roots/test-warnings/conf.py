extensions = ["caglossary"]
exclude_patterns = ["_build"]
caglossary_builtin_glossary = False
caglossary_builtin_bib = False
caglossary_glossary_files = ["one.toml", "two.toml"]
caglossary_bib_files = ["synthetic.bib"]
