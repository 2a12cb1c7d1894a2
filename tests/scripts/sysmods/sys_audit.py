# sys.audit / sys.addaudithook (PEP 578): hooks see events in order, may abort them, refuse new hooks; open and pickle raise events.
import sys, os, io, pickle
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
show(lambda: sys.audit()); show(lambda: sys.audit(1)); show(lambda: sys.audit('x', 1)); show(lambda: sys.audit(event='x'))
show(lambda: sys.addaudithook()); show(lambda: sys.addaudithook(hook=None, x=1))
seen = []
def hook(ev, args):
    if ev in ('x', 'open', 'sys.addaudithook', 'pickle.find_class'):
        seen.append((ev, args))
    if ev == 'stop':
        raise RuntimeError('stopped by hook')
    if ev == 'open' and args[0] == '/nonexistent-forbidden':
        raise PermissionError('audit refused open')
sys.addaudithook(hook)
sys.audit('x', 1, [2])
show(lambda: sys.audit(1))
show(lambda: sys.audit('stop'))
print(seen); seen.clear()
def refuse(ev, args):
    if ev == 'sys.addaudithook':
        raise ValueError('refuse')
sys.addaudithook(refuse)
def never(ev, args):
    print('never called', ev)
sys.addaudithook(never)   # refused silently by `refuse`
print(seen); seen.clear()
open(os.devnull).close()
open(os.devnull, 'rb', buffering=0).close()
fd = os.open(os.devnull, os.O_RDONLY); os.close(fd)
io.FileIO(os.devnull, 'w').close()
print([(e, (a[0], a[1], a[2] & ~os.O_CLOEXEC)) for e, a in seen]); seen.clear()
show(lambda: open('/nonexistent-forbidden'))
seen.clear()
print(pickle.loads(pickle.dumps(os.stat_result)), seen)
# expect: TypeError: audit() missing 1 required positional argument: 'event'
# expect: None
# expect: None
# expect: TypeError: sys.audit() takes no keyword arguments
# expect: TypeError: addaudithook() missing required argument 'hook' (pos 1)
# expect: TypeError: addaudithook() takes at most 1 keyword argument (2 given)
# expect: TypeError: expected str for argument 'event', not int
# expect: RuntimeError: stopped by hook
# expect: [('x', (1, [2]))]
# expect: [('sys.addaudithook', ()), ('sys.addaudithook', ())]
# expect: [('open', ('/dev/null', 'r', 0)), ('open', ('/dev/null', 'r', 0)), ('open', ('/dev/null', None, 0)), ('open', ('/dev/null', 'w', 577))]
# expect: PermissionError: audit refused open
# expect: <class 'os.stat_result'> [('pickle.find_class', ('os', 'stat_result'))]
