# Forced switching with --switch-points py311 (calls and backward jumps only).
# args: --switch-points py311 --check-interval 50
import flag_switch
# expect: 50
# expect: 20
# expect: 0.005
# expect: 0.001
# expect: switch interval must be strictly positive
# expect: switched
