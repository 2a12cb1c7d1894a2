# _signal (under CPython's signal.py): constants, handler bookkeeping, masks,
# timers and the errors of bad arguments.
import _signal as s

print(s.SIG_DFL, s.SIG_IGN, s.NSIG, s.SIGINT, s.SIGALRM, s.SIGUSR1, s.SIGRTMIN, s.SIGRTMAX)
print(s.SIG_BLOCK, s.SIG_UNBLOCK, s.SIG_SETMASK, s.ITIMER_REAL, s.ITIMER_VIRTUAL, s.ITIMER_PROF)
print(s.ItimerError, s.ItimerError.__mro__[1].__name__, s.ItimerError.__module__)
print(s.struct_siginfo.__name__, s.struct_siginfo.n_fields)
print(s.default_int_handler, s.getsignal(s.SIGINT) is s.default_int_handler)
print(s.getsignal(s.SIGPIPE), s.getsignal(s.SIGUSR1), s.getsignal(s.SIGKILL))
print(s.strsignal(s.SIGINT), "|", s.strsignal(s.SIGRTMIN), "|", s.strsignal(s.SIGSYS))
v = s.valid_signals()
print(type(v).__name__, len(v), 1 in v, 64 in v, 32 in v, 0 in v)

def h(signum, frame):
    print("handler", signum)

print(s.signal(s.SIGUSR1, h))
print(s.getsignal(s.SIGUSR1) is h)
print(s.signal(s.SIGUSR1, s.SIG_IGN) is h, s.getsignal(s.SIGUSR1))
print(s.signal(s.SIGUSR1, 1), s.getsignal(s.SIGUSR1))
print(s.signal(s.SIGUSR1, s.SIG_DFL), s.getsignal(s.SIGUSR1))

for f, args in [("signal", (0, 0)), ("signal", (99, 0)), ("signal", (2, "x")), ("signal", (2, 5)),
                ("signal", (2,)), ("signal", (s.SIGKILL, h)), ("signal", ("2", 0)),
                ("getsignal", (99,)), ("getsignal", (-1,)), ("strsignal", (0,)), ("strsignal", (65,)),
                ("alarm", ("x",)), ("setitimer", (99, 1)), ("getitimer", (99,)),
                ("pthread_sigmask", (99, [])), ("pthread_sigmask", (0, [99])), ("pthread_sigmask", (0, [0])),
                ("pthread_sigmask", (0, 5)), ("siginterrupt", (99, 1)), ("set_wakeup_fd", (99999,)),
                ("raise_signal", (99,)), ("sigtimedwait", ([], -1)), ("sigtimedwait", ([], "x")),
                ("sigtimedwait", ([], float("nan"))), ("default_int_handler", ()),
                ("signal", (2, 0.5)), ("signal", (2, True))]:
    try:
        print(f, getattr(s, f)(*args))
    except Exception as e:
        print(f, type(e).__name__, e)

try:
    s.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))

# Masks: block SIGUSR1, send it, see it pending, take it with sigtimedwait.
print(s.pthread_sigmask(s.SIG_BLOCK, [s.SIGUSR1]))
s.raise_signal(s.SIGUSR1)
print(s.sigpending())
info = s.sigtimedwait([s.SIGUSR1], 1.0)
print(type(info).__name__, info.si_signo, info.si_code == -6 or info.si_code, len(info), info[0])
print(s.sigtimedwait([s.SIGUSR1], 0))
print(s.sigtimedwait([s.SIGUSR1], 0.01))
s.raise_signal(s.SIGUSR1)
print(s.sigwait({s.SIGUSR1}))
s.raise_signal(s.SIGUSR1)
print(s.sigwaitinfo((s.SIGUSR1,)).si_signo)
print(s.pthread_sigmask(s.SIG_UNBLOCK, [s.SIGUSR1]))
print(s.pthread_sigmask(s.SIG_SETMASK, []))

# Timers.
print(s.getitimer(s.ITIMER_REAL))
print(s.setitimer(s.ITIMER_REAL, 100, 0))
left, interval = s.setitimer(s.ITIMER_REAL, 0)
print(99 < left <= 100, interval)
print(s.setitimer(s.ITIMER_VIRTUAL, 0.0))
print(s.alarm(0))
print(s.alarm(100), s.alarm(0))
print(s.siginterrupt(s.SIGUSR1, False), s.siginterrupt(s.SIGUSR1, True))
# expect: 0 1 65 2 14 10 34 64
# expect: 0 1 2 0 1 2
# expect: <class 'signal.itimer_error'> OSError signal
# expect: struct_siginfo 7
# expect: <built-in function default_int_handler> True
# expect: 1 0 0
# expect: Interrupt | Real-time signal 0 | Bad system call
# expect: set 62 True True False False
# expect: 0
# expect: True
# expect: True 1
# expect: 1 1
# expect: 1 0
# expect: signal ValueError signal number out of range
# expect: signal ValueError signal number out of range
# expect: signal TypeError signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object
# expect: signal TypeError signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object
# expect: signal TypeError signal expected 2 arguments, got 1
# expect: signal OSError [Errno 22] Invalid argument
# expect: signal TypeError 'str' object cannot be interpreted as an integer
# expect: getsignal ValueError signal number out of range
# expect: getsignal ValueError signal number out of range
# expect: strsignal ValueError signal number out of range
# expect: strsignal ValueError signal number out of range
# expect: alarm TypeError 'str' object cannot be interpreted as an integer
# expect: setitimer itimer_error [Errno 22] Invalid argument
# expect: getitimer itimer_error [Errno 22] Invalid argument
# expect: pthread_sigmask OSError [Errno 22] Invalid argument
# expect: pthread_sigmask ValueError signal number 99 out of range [1; 64]
# expect: pthread_sigmask ValueError signal number 0 out of range [1; 64]
# expect: pthread_sigmask TypeError 'int' object is not iterable
# expect: siginterrupt ValueError signal number out of range
# expect: set_wakeup_fd OSError [Errno 9] Bad file descriptor
# expect: raise_signal OSError [Errno 22] Invalid argument
# expect: sigtimedwait ValueError timeout must be non-negative
# expect: sigtimedwait TypeError 'str' object cannot be interpreted as an integer
# expect: sigtimedwait ValueError Invalid value NaN (not a number)
# expect: default_int_handler TypeError default_int_handler expected 2 arguments, got 0
# expect: signal TypeError signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object
# expect: signal TypeError signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object
# expect: KeyboardInterrupt KeyboardInterrupt()
# expect: set()
# expect: {10}
# expect: struct_siginfo 10 0 7 10
# expect: None
# expect: None
# expect: 10
# expect: 10
# expect: {10}
# expect: set()
# expect: (0.0, 0.0)
# expect: (0.0, 0.0)
# expect: True 0.0
# expect: (0.0, 0.0)
# expect: 0
# expect: 0 100
# expect: None None
