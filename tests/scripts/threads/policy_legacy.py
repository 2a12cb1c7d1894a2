# Forced switching under --gil-policy legacy.
# args: --gil-policy legacy
import flag_switch
# expect: 100
# expect: 20
# expect: 0.005
# expect: 0.001
# expect: switch interval must be strictly positive
# expect: switched
