# pwd and grp: struct_passwd / struct_group, lookups by name and id, the whole databases, CPython's errors.
import pwd, grp, os
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
print(sorted(n for n in dir(pwd) if n != '__file__'), sorted(n for n in dir(grp) if n != '__file__'))
r = pwd.getpwnam('root'); print(r, r == pwd.getpwuid(0), r.pw_dir, r[0], len(r), type(r).__name__)
print(pwd.struct_passwd.n_sequence_fields, pwd.struct_passwd.n_fields, grp.struct_group.n_fields, pwd.struct_passwd.__match_args__)
g = grp.getgrgid(0); print(g, g == grp.getgrnam('root'), g.gr_mem, type(g).__name__)
every = pwd.getpwall(); print(type(every).__name__, any(p.pw_name == 'root' for p in every), all(type(p) is pwd.struct_passwd for p in every))
groups = grp.getgrall(); print(type(groups).__name__, any(x.gr_gid == 0 for x in groups), all(isinstance(x.gr_mem, list) for x in groups))
print(pwd.getpwuid(os.getuid()).pw_uid == os.getuid(), grp.getgrgid(os.getgid()).gr_gid == os.getgid())
for f in [lambda: pwd.getpwnam('nosuchuserx'), lambda: pwd.getpwuid(99999), lambda: pwd.getpwuid(-5), lambda: pwd.getpwuid('x'),
          lambda: pwd.getpwnam(1), lambda: pwd.getpwnam('a\0b'), lambda: grp.getgrnam('nosuchgrp'), lambda: grp.getgrgid(99999),
          lambda: grp.getgrgid('x'), lambda: grp.getgrgid(2**40), lambda: pwd.getpwuid(2**40), lambda: grp.getgrgid(1.5),
          lambda: pwd.getpwuid(uid=0), lambda: grp.getgrgid(id=0), lambda: pwd.getpwnam(name='root'),
          lambda: grp.getgrnam(name='root'), lambda: grp.getgrgid(-2**70), lambda: grp.getgrgid(2**70), lambda: pwd.getpwall(1),
          lambda: pwd.getpwuid(), lambda: grp.getgrgid()]:
    show(f)
import getpass, shutil
print(getpass.getuser() == pwd.getpwuid(os.getuid()).pw_name or 'LOGNAME' in os.environ or 'USER' in os.environ)
print(os.path.expanduser('~root'))
# expect: ['__doc__', '__loader__', '__name__', '__package__', '__spec__', 'getpwall', 'getpwnam', 'getpwuid', 'struct_passwd'] ['__doc__', '__loader__', '__name__', '__package__', '__spec__', 'getgrall', 'getgrgid', 'getgrnam', 'struct_group']
# expect: pwd.struct_passwd(pw_name='root', pw_passwd='x', pw_uid=0, pw_gid=0, pw_gecos='root', pw_dir='/root', pw_shell='/bin/bash') True /root root 7 struct_passwd
# expect: 7 7 4 ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell')
# expect: grp.struct_group(gr_name='root', gr_passwd='x', gr_gid=0, gr_mem=[]) True [] struct_group
# expect: list True True
# expect: list True True
# expect: True True
# expect: KeyError: "getpwnam(): name not found: 'nosuchuserx'"
# expect: KeyError: 'getpwuid(): uid not found: 99999'
# expect: KeyError: 'getpwuid(): uid not found'
# expect: TypeError: uid should be integer, not str
# expect: TypeError: getpwnam() argument must be str, not int
# expect: ValueError: embedded null byte
# expect: KeyError: "getgrnam(): name not found: 'nosuchgrp'"
# expect: KeyError: 'getgrgid(): gid not found: 99999'
# expect: TypeError: gid should be integer, not str
# expect: OverflowError: gid is less than minimum
# expect: KeyError: 'getpwuid(): uid not found'
# expect: TypeError: gid should be integer, not float
# expect: TypeError: pwd.getpwuid() takes no keyword arguments
# expect: grp.struct_group(gr_name='root', gr_passwd='x', gr_gid=0, gr_mem=[])
# expect: TypeError: pwd.getpwnam() takes no keyword arguments
# expect: grp.struct_group(gr_name='root', gr_passwd='x', gr_gid=0, gr_mem=[])
# expect: OverflowError: gid is less than minimum
# expect: OverflowError: gid is greater than maximum
# expect: TypeError: pwd.getpwall() takes no arguments (1 given)
# expect: TypeError: pwd.getpwuid() takes exactly one argument (0 given)
# expect: TypeError: getgrgid() missing required argument 'id' (pos 1)
# expect: True
# expect: /root
