# Forced switching in seeded mode.
# args: --seed 42
import flag_switch
# expect: 100
# expect: 20
# expect: 0.005
# expect: 0.001
# expect: switch interval must be strictly positive
# expect: switched
