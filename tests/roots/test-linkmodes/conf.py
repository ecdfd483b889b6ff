extensions = ["caglossary"]
exclude_patterns = ["_build"]
# the tests point caglossary_glossary_files/caglossary_bib_files at test-basic/cag
