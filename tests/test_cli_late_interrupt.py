"""A Ctrl-C that lands after a command's work, in its last clean-up step, still ends as "interrupted", never a
traceback (a whole-suite run once caught `ask` printing one: the signal came inside main's `finally`)."""
from __future__ import annotations

import subprocess
import sys

# The real program's main, with its clean-up step sending itself a SIGINT first: Python runs the handler right
# after os.kill returns, so the KeyboardInterrupt rises exactly where the real one did.
PROGRAM = """
import os, signal, sys
from mandate_lineage.cli import main as m
real_finish = m._finish
def finish_with_a_late_ctrl_c():
    m._finish = real_finish
    os.kill(os.getpid(), signal.SIGINT)
    real_finish()
m._finish = finish_with_a_late_ctrl_c
m._dispatch = lambda args: print("the answer") or 0
sys.argv = ["mandate-lineage", "ask", "anything"]
sys.exit(m.main())
"""


def test_a_ctrl_c_inside_the_last_clean_up_is_no_traceback():
    done = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=60)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 130 and "interrupted" in done.stderr
    assert done.stdout == "the answer\n"
