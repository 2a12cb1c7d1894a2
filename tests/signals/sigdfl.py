# Run a program with SIGINT's disposition back to SIG_DFL (and nothing
# blocked): a background job of a non-interactive shell starts with SIGINT
# ignored, and pyglass, as CPython, then leaves Ctrl-C ignored
# (signal.getsignal(SIGINT) is SIG_IGN).  Usage: python3 sigdfl.py PROGRAM ARGS...
import os
import signal
import sys

signal.signal(signal.SIGINT, signal.SIG_DFL)
signal.pthread_sigmask(signal.SIG_SETMASK, [])
os.execv(sys.argv[1], sys.argv[1:])
