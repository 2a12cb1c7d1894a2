# CPython's signal.py (enums over _signal) runs on pyglass's _signal.
import signal
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN))
print(signal.getsignal(signal.SIGUSR1))
print(signal.signal(signal.SIGUSR1, lambda n, f: print("h", n)))
signal.raise_signal(signal.SIGUSR1)
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2]))
print(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR2]))
print(signal.strsignal(signal.SIGTERM), len(signal.valid_signals()))
print(signal.sigtimedwait([signal.SIGUSR2], 0))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
# expect: 0
# expect: 1
# expect: 1
# expect: h 10
# expect: set()
# expect: {<Signals.SIGUSR2: 12>}
# expect: Terminated 62
# expect: None
