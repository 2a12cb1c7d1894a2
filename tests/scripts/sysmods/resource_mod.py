# resource: getrlimit/setrlimit/prlimit, getrusage and struct_rusage, getpagesize, constants; os.wait3/os.wait4 return struct_rusage.
import resource as r, os
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
print(sorted(n for n in dir(r) if n != '__file__'))
print(r.getpagesize(), r.RLIM_INFINITY, r.error is OSError, r.struct_rusage.n_fields, r.struct_rusage.n_sequence_fields)
print(r.struct_rusage.__match_args__)
print([(n, getattr(r, n)) for n in sorted(dir(r)) if n.startswith(('RLIMIT', 'RUSAGE'))])
u = r.getrusage(r.RUSAGE_SELF)
print(type(u).__name__, type(u.ru_utime).__name__, type(u.ru_maxrss).__name__, len(u), u.ru_maxrss > 0, u[0] == u.ru_utime)
print(type(r.getrusage(r.RUSAGE_CHILDREN)).__name__, type(r.getrusage(r.RUSAGE_THREAD)).__name__)
soft, hard = r.getrlimit(r.RLIMIT_NOFILE); print(type(soft).__name__, soft <= hard or hard == -1)
print(r.prlimit(0, r.RLIMIT_NOFILE) == r.getrlimit(r.RLIMIT_NOFILE), r.prlimit(os.getpid(), r.RLIMIT_CORE) == r.getrlimit(r.RLIMIT_CORE))
old = r.getrlimit(r.RLIMIT_CORE)
r.setrlimit(r.RLIMIT_CORE, (0, old[1])); print(r.getrlimit(r.RLIMIT_CORE)[0])
print(r.prlimit(0, r.RLIMIT_CORE, old)[0], r.getrlimit(r.RLIMIT_CORE) == old)
for f in [lambda: r.getrlimit(999), lambda: r.getrlimit(-1), lambda: r.setrlimit(r.RLIMIT_NOFILE, (1,)),
          lambda: r.setrlimit(r.RLIMIT_NOFILE, 5), lambda: r.setrlimit(999, (1, 1)), lambda: r.getrusage(99),
          lambda: r.setrlimit(r.RLIMIT_CORE, (2**70, 2**70)), lambda: r.prlimit(-5, r.RLIMIT_CORE),
          lambda: r.prlimit(999999, r.RLIMIT_CORE), lambda: r.prlimit(0, 999), lambda: r.setrlimit(r.RLIMIT_CORE, ('a', 1)),
          lambda: r.getrlimit('x'), lambda: r.prlimit(0, r.RLIMIT_CORE, (1, 2, 3)), lambda: r.getrusage('x'),
          lambda: r.getrlimit(), lambda: r.getrlimit(x=1), lambda: r.setrlimit(1), lambda: r.prlimit(1), lambda: r.getrusage(), lambda: r.getpagesize(1), lambda: r.setrlimit(x=1), lambda: r.prlimit(x=1), lambda: r.setrlimit(r.RLIMIT_CORE, (5, 1))]:
    show(f)
# (pyglass has no os.fork yet: the processes issue; wait3/wait4 are checked where no child exists)
show(lambda: os.wait4(-999999, 0)); show(lambda: os.wait3(os.WNOHANG))
# expect: ['RLIMIT_AS', 'RLIMIT_CORE', 'RLIMIT_CPU', 'RLIMIT_DATA', 'RLIMIT_FSIZE', 'RLIMIT_MEMLOCK', 'RLIMIT_MSGQUEUE', 'RLIMIT_NICE', 'RLIMIT_NOFILE', 'RLIMIT_NPROC', 'RLIMIT_OFILE', 'RLIMIT_RSS', 'RLIMIT_RTPRIO', 'RLIMIT_RTTIME', 'RLIMIT_SIGPENDING', 'RLIMIT_STACK', 'RLIM_INFINITY', 'RUSAGE_CHILDREN', 'RUSAGE_SELF', 'RUSAGE_THREAD', '__doc__', '__loader__', '__name__', '__package__', '__spec__', 'error', 'getpagesize', 'getrlimit', 'getrusage', 'prlimit', 'setrlimit', 'struct_rusage']
# expect: 4096 -1 True 16 16
# expect: ('ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss', 'ru_minflt', 'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw')
# expect: [('RLIMIT_AS', 9), ('RLIMIT_CORE', 4), ('RLIMIT_CPU', 0), ('RLIMIT_DATA', 2), ('RLIMIT_FSIZE', 1), ('RLIMIT_MEMLOCK', 8), ('RLIMIT_MSGQUEUE', 12), ('RLIMIT_NICE', 13), ('RLIMIT_NOFILE', 7), ('RLIMIT_NPROC', 6), ('RLIMIT_OFILE', 7), ('RLIMIT_RSS', 5), ('RLIMIT_RTPRIO', 14), ('RLIMIT_RTTIME', 15), ('RLIMIT_SIGPENDING', 11), ('RLIMIT_STACK', 3), ('RUSAGE_CHILDREN', -1), ('RUSAGE_SELF', 0), ('RUSAGE_THREAD', 1)]
# expect: struct_rusage float int 16 True True
# expect: struct_rusage struct_rusage
# expect: int True
# expect: True True
# expect: 0
# expect: 0 True
# expect: ValueError: invalid resource specified
# expect: ValueError: invalid resource specified
# expect: ValueError: expected a tuple of 2 integers
# expect: TypeError: 'int' object is not iterable
# expect: ValueError: invalid resource specified
# expect: ValueError: invalid who parameter
# expect: OverflowError: Python int too large to convert to C long
# expect: ProcessLookupError: [Errno 3] No such process
# expect: ProcessLookupError: [Errno 3] No such process
# expect: ValueError: invalid resource specified
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: ValueError: expected a tuple of 2 integers
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: resource.getrlimit() takes exactly one argument (0 given)
# expect: TypeError: resource.getrlimit() takes no keyword arguments
# expect: TypeError: setrlimit expected 2 arguments, got 1
# expect: TypeError: resource.prlimit requires 2 to 3 arguments
# expect: TypeError: resource.getrusage() takes exactly one argument (0 given)
# expect: TypeError: resource.getpagesize() takes no arguments (1 given)
# expect: TypeError: resource.setrlimit() takes no keyword arguments
# expect: TypeError: prlimit() takes no keyword arguments
# expect: ValueError: current limit exceeds maximum limit
# expect: ChildProcessError: [Errno 10] No child processes
# expect: ChildProcessError: [Errno 10] No child processes
