extensions = ["caglossary"]
project = "anaphora"
language = "tr"
exclude_patterns = ["_build"]
caglossary_link_anaphora = True
caglossary_link_mode = "section"
