extensions = ["caglossary"]
exclude_patterns = ["_build"]
