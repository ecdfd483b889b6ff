"""The queries the package must answer, as people type them (shared by API and CLI tests)."""

LOOKUPS = [
    ("ŞANGHAY BEŞLİSİ'NİN", "shanghai-five"),
    ("sanghay beslisi", "shanghai-five"),
    ("Shanghai Five", "shanghai-five"),
    ("ŞİÖ", "sco"),
    ("SCO", "sco"),
    ("diyalog ortağı", "dialogue-partner"),
    ("DİYALOG ORTAĞI", "dialogue-partner"),
    ("multi-vector foreign policy", "multi-vector-foreign-policy"),
]
