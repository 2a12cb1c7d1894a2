# sys.audit and sys.addaudithook (PEP 578): hooks see events, exceptions stop them, RuntimeError vetoes a new hook.
import sys
print(sys.audit("x", 1, 2))
try:
    sys.audit()
except TypeError as e:
    print(e)
seen = []
def hook(event, args):
    if event.startswith("test."):
        seen.append((event, args))
    if event == "test.boom":
        raise ValueError("vetoed")
sys.addaudithook(hook)
sys.audit("test.one", 1, "a")
try:
    sys.audit("test.boom")
except ValueError as e:
    print("ValueError", e)
try:
    sys.audit(5)
except TypeError as e:
    print(e)
def veto(event, args):
    if event == "sys.addaudithook":
        raise RuntimeError("no more")
sys.addaudithook(veto)
sys.addaudithook(lambda e, a: seen.append("never"))
sys.audit("test.two")
print(seen)
import pickle
print(pickle.loads(pickle.dumps([..., NotImplemented, {1: (2, 3)}])))

# expect: None
# expect: audit() missing 1 required positional argument: 'event'
# expect: ValueError vetoed
# expect: expected str for argument 'event', not int
# expect: [('test.one', (1, 'a')), ('test.boom', ()), ('test.two', ())]
# expect: [Ellipsis, NotImplemented, {1: (2, 3)}]
