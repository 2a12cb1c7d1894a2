# _thread.interrupt_main(signum=SIGINT) acts as if the signal had arrived:
# the main thread runs its Python handler (KeyboardInterrupt by default);
# an ignored or default-action signal does nothing.
import _thread, signal, threading

try:
    _thread.interrupt_main()
    for i in range(10):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in the main thread")

t = threading.Thread(target=_thread.interrupt_main)
try:
    t.start()
    t.join()
    for i in range(10):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt from another thread")
t.join()

def handler(signum, frame):
    print("handler", signal.Signals(signum).name)
    1/0

for sig in (signal.SIGINT, signal.SIGTERM):
    old = signal.signal(sig, handler)
    try:
        _thread.interrupt_main(sig)
    except ZeroDivisionError:
        print("ZeroDivisionError from the handler")
    signal.signal(sig, signal.SIG_IGN)
    _thread.interrupt_main(sig)
    signal.signal(sig, signal.SIG_DFL)
    _thread.interrupt_main(sig)
    signal.signal(sig, old)
print("ignored and default: nothing")

for bad in (-1, 0, 1000000):
    try:
        _thread.interrupt_main(bad)
    except ValueError as e:
        print("ValueError", e)

# expect: KeyboardInterrupt in the main thread
# expect: KeyboardInterrupt from another thread
# expect: handler SIGINT
# expect: ZeroDivisionError from the handler
# expect: handler SIGTERM
# expect: ZeroDivisionError from the handler
# expect: ignored and default: nothing
# expect: ValueError signal number out of range
# expect: ValueError signal number out of range
# expect: ValueError signal number out of range
