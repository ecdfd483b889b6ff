extensions = ["caglossary"]
exclude_patterns = ["_build"]
caglossary_glossary_files = "terms.toml"
