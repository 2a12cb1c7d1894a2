# An exception in a thread goes to threading.excepthook; SystemExit is silent.
import threading


def boom():
    raise ValueError("inside thread")


t = threading.Thread(target=boom)
t.start()
t.join()
print("main continues", t.is_alive())  # expect: main continues False
# expect stderr: ^Exception in thread Thread-1 \(boom\):$
# expect stderr: ^ValueError: inside thread$

quiet = threading.Thread(target=lambda: exit_now())


def exit_now():
    raise SystemExit(3)


quiet.start()
quiet.join()

seen = []
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=boom, name="custom")
t.start()
t.join()
print(seen)  # expect: [('ValueError', 'inside thread', 'custom')]
threading.excepthook = threading.__excepthook__
