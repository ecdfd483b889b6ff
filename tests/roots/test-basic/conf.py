extensions = ["caglossary"]
project = "caglossary basic"
language = "en"
exclude_patterns = ["_build"]
caglossary_builtin_glossary = False
caglossary_builtin_bib = False
caglossary_glossary_files = ["cag/glossary.toml"]
caglossary_bib_files = ["cag/refs.bib"]
