# A throw()/raise whose exception class does not return an exception: the TypeError is raised in the generator.
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls
try:
    raise E
except TypeError as e:
    print(e)
def boring_generator():
    yield
gen = boring_generator()
try:
    gen.throw(E)
except TypeError as e:
    print(e)
try:
    next(gen)
except StopIteration:
    print("finished")
def generator():
    try:
        yield
    except TypeError as e:
        print("inside:", e)
gen = generator()
next(gen)
try:
    gen.throw(E)
except StopIteration:
    print("stopped")
class Boom(Exception):
    def __init__(self, *a):
        raise ValueError("boom")
gen = generator()
next(gen)
try:
    gen.throw(Boom)
except ValueError as e:
    print("ValueError", e)
for bad in ((1,), (ValueError, ValueError(), 5), (ValueError(), 1)):
    try:
        generator().throw(*bad)
    except TypeError as e:
        print(e)

# expect: calling <class '__main__.E'> should have returned an instance of BaseException, not <class 'type'>
# expect: calling <class '__main__.E'> should have returned an instance of BaseException, not type
# expect: finished
# expect: inside: calling <class '__main__.E'> should have returned an instance of BaseException, not type
# expect: stopped
# expect: ValueError boom
# expect: exceptions must be classes or instances deriving from BaseException, not int
# expect: throw() third argument must be a traceback object
# expect: instance exception may not have a separate value
