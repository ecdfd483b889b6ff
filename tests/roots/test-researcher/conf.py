# A researcher's own project: Turkish prose with an English chapter, their own
# terms and their own .bib (no x-status fields), the built-in glossary kept on.
project = "Orta Asya'da bölgesel örgütler"
author = "Bir Araştırmacı"
language = "tr"
extensions = ["caglossary", "sphinx.ext.intersphinx"]
exclude_patterns = ["_build"]
caglossary_glossary_files = ["veri/terimler.toml"]
caglossary_bib_files = ["veri/kaynaklar.bib"]
latex_documents = [("index", "arastirma.tex", project, author, "manual")]
