extensions = ["caglossary"]
exclude_patterns = ["_build"]
language = "tr"
