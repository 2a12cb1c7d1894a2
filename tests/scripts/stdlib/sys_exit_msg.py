# sys.exit("message") prints the message to stderr and exits with status 1.
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("caught", e.code)
try:
    exit(4)
except SystemExit as e:
    print("caught", e.code)
sys.exit("fatal: bye")
# expect stderr: ^fatal: bye$
# expect exit: 1
# expect: caught 7
# expect: caught 4
