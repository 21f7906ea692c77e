"""One redaction for every message: no credentials ever reach the terminal or a log."""
from __future__ import annotations

import os
import re

SECRET_ENV = ("NEO4J_PASSWORD", "MANDATE_LINEAGE_PUSH_PASSWORD")
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@'\"<>]*@")


def redact(text: str | None) -> str:
    """`text` without credentials: the user-info part of URLs (`user:password@`) and the values of
    the password variables."""
    text = _USERINFO.sub(r"\1", text or "")
    for var in SECRET_ENV:
        secret = os.environ.get(var)
        if secret and len(secret) >= 3:
            text = text.replace(secret, "***")
    return text
