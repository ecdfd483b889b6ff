extensions = ["caglossary"]
project = "abbreviations"
language = "en"
exclude_patterns = ["_build"]
caglossary_link_mode = "every"
