# CPython's `re` and the names the script tests in this directory share (not
# a test itself): patterns are compiled by CPython's re._compiler and run by
# _sre, so the tests' output is python3's.
import re

compile = re.compile
error = re.error
A, I, L, M, S, U, X, DEBUG = re.A, re.I, re.L, re.M, re.S, re.U, re.X, re.DEBUG
