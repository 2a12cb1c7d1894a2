# Imports of helper modules placed beside this script.
import vm_helper_mod
print(vm_helper_mod.VALUE, vm_helper_mod.helper_func(4))
print(vm_helper_mod.__name__, vm_helper_mod.__file__.endswith("vm_helper_mod.py"))
from vm_helper_mod import helper_func as hf, VALUE
print(hf(5), VALUE)
import sys
print("vm_helper_mod" in sys.modules)

import vmpkg.sub
print(vmpkg.PKG, vmpkg.sub.NAME, vmpkg.sub.SIB, vmpkg.sub.ALIAS)
print(vmpkg.sub.__package__, vmpkg.__package__, type(vmpkg.__path__).__name__)
from vmpkg import sibling
print(sibling.NAME, sibling is vmpkg.sibling)
import vmpkg.sub as s2
print(s2 is vmpkg.sub)

try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from vm_helper_mod import missing_name
except ImportError as e:
    print(str(e).startswith("cannot import name 'missing_name' from 'vm_helper_mod' ("))
try:
    from vmpkg import nothing_here
except ImportError as e:
    print(str(e).split(" (")[0])

def star():
    ns = {}
    exec("from vm_helper_mod import *", ns)
    return sorted(k for k in ns if not k.startswith("__"))
print(star())
m = __import__("vmpkg.sub")
print(m.__name__)
m = __import__("vmpkg.sub", fromlist=["x"])
print(m.__name__)
import math
print(math.sqrt(16.0))

# ---- expected output (produced by python3) ----
# expect: 42 8
# expect: vm_helper_mod True
# expect: 10 42
# expect: True
# expect: vmpkg sub sibling sibling
# expect: vmpkg vmpkg list
# expect: sibling True
# expect: True
# expect: No module named 'no_such_module_xyz' no_such_module_xyz
# expect: True
# expect: cannot import name 'nothing_here' from 'vmpkg'
# expect: ['VALUE', 'helper_func']
# expect: vmpkg
# expect: vmpkg.sub
# expect: 4.0
