# Forced switching: a thread spinning on a flag lets the others run (every policy).
import flag_switch
# expect: 100
# expect: 20
# expect: 0.005
# expect: 0.001
# expect: switch interval must be strictly positive
# expect: switched
