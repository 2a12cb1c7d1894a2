# Forced switching under --gil-policy interval.
# args: --gil-policy interval
import flag_switch
# expect: 100
# expect: 20
# expect: 0.005
# expect: 0.001
# expect: switch interval must be strictly positive
# expect: switched
