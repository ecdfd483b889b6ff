extensions = ["caglossary"]
project = "caglossary citation styles"
language = "tr"
exclude_patterns = ["_build"]
caglossary_builtin_glossary = False
caglossary_glossary_files = ["cag/glossary.toml"]
caglossary_bib_files = ["cag/extra.bib"]
