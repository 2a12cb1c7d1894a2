# The report is printed when the program ends through sys.exit too.
# args: --stats
import sys
print("bye")
sys.exit(4)
# expect: bye
# expect exit: 4
# expect stderr: ^program +stats_sys_exit\.py +exit status 4$
# expect stderr: ^garbage collector$
