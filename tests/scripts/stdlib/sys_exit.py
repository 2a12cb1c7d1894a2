# sys.exit(n) ends the script with that status; finally blocks still run.
import sys
print("before")
try:
    sys.exit(3)
finally:
    print("finally runs")
print("not reached")
# expect exit: 3
# expect: before
# expect: finally runs
