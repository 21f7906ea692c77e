"""The honorifics UN texts put before a person's name, as regex pieces the holder readers share."""

HONORIFIC = r"(?:Mr|Ms|Mrs|Dr|Prof)"
# an optional honorific, its dot and the space after it: "Ms. ", "Dr "
OPT_HONORIFIC = rf"(?:{HONORIFIC}\.?\s+)?"
# the same, or the word "Professor"
OPT_TITLE = rf"(?:{HONORIFIC}\.?\s+|Professor\s+)?"
# the same with the space optional ("Ms.NAME" glued by a converter)
OPT_TITLE_GLUED = rf"(?:{HONORIFIC}\.?\s*|Professor\s+)?"
