# sys.exit(n) exits n after running finally blocks; output is flushed.
# expect exit: 4
import sys
try:
    print("start")  # expect: start
    sys.exit(4)
finally:
    print("finally ran")  # expect: finally ran
