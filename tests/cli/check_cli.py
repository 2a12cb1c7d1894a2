#!/usr/bin/env python3
"""The command line and environment CPython honours, as pyglass sees them.

Each case runs pyglass with some options and environment variables and
compares what the program prints with what CPython 3.11 prints for the same
question (the expectations below were read off python3.11; sys.path differs
only in CPython's zip and lib-dynload entries, which the cases leave out).
"""
import os, subprocess, sys, tempfile

pyglass = os.path.abspath(sys.argv[1])
failures = []


def run(args, env=None, cwd=None, stdin=""):
    e = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    e.update(env or {})
    p = subprocess.run([pyglass] + args, env=e, cwd=cwd, capture_output=True, text=True, input=stdin, timeout=60)
    return p.returncode, p.stdout, p.stderr


def check(name, args, want_out, env=None, cwd=None, want_status=0, stdin=""):
    status, out, err = run(args, env, cwd, stdin)
    if out != want_out or status != want_status:
        failures.append(f"{name}: status {status} (want {want_status})\n  stdout {out!r}\n  want   {want_out!r}\n  stderr {err[-800:]!r}")


with tempfile.TemporaryDirectory() as tmp:
    tmp = os.path.realpath(tmp)
    lib_filter = "[p for p in sys.path if not p.endswith(('.zip', 'lib-dynload'))]"
    show_path = f"import sys; print({lib_filter}[:-1])"
    # sys.path[0] is '' for -c; PYTHONPATH entries become absolute ('' is the current directory).
    check("path -c", ["-c", show_path], "['']\n", cwd=tmp)
    check("PYTHONPATH", ["-c", show_path], f"['', '{tmp}/rel', '/abs/x', '{tmp}', '/y']\n",
          env={"PYTHONPATH": "rel:/abs/x::/y"}, cwd=tmp)
    check("-E ignores PYTHONPATH", ["-E", "-c", show_path], "['']\n", env={"PYTHONPATH": "/abs/x"}, cwd=tmp)
    check("-I: no path0, no env", ["-I", "-c", show_path], "[]\n", env={"PYTHONPATH": "/abs/x"}, cwd=tmp)
    check("-P: no path0", ["-P", "-c", show_path], "['/abs/x']\n", env={"PYTHONPATH": "/abs/x"}, cwd=tmp)
    # A script's directory comes first, and a module beside it is found.
    os.mkdir(os.path.join(tmp, "pkgdir"))
    with open(os.path.join(tmp, "pkgdir", "neighbour.py"), "w") as f:
        f.write("VALUE = 'beside the script'\n")
    with open(os.path.join(tmp, "pkgdir", "main.py"), "w") as f:
        f.write(f"import sys, neighbour\nprint(sys.path[0] == {os.path.join(tmp, 'pkgdir')!r}, neighbour.VALUE)\n")
    check("script dir", ["pkgdir/main.py"], "True beside the script\n", cwd=tmp)
    # -m runs a module as __main__ through runpy (argv[0] becomes its file), a package's through its __main__.
    with open(os.path.join(tmp, "modmain.py"), "w") as f:
        f.write("import sys\nprint(__name__, sys.argv[0] == __file__, sys.argv[1:], "
                "sys.modules['__main__'].__dict__ is globals(), __spec__.name)\n")
    check("-m module", ["-m", "modmain", "x"], "__main__ True ['x'] True modmain\n", cwd=tmp)
    check("-m package", ["-m", "json.tool"], '{\n    "a": 1\n}\n', stdin='{"a": 1}')
    # The script's __file__ and code filename are absolute (CPython 3.9+), joined as given; argv[0] is not.
    with open(os.path.join(tmp, "pkgdir", "where.py"), "w") as f:
        f.write("import sys\nprint(__file__, sys._getframe().f_code.co_filename == __file__, sys.argv[0])\n")
    check("script __file__", ["./pkgdir/where.py"], f"{tmp}/./pkgdir/where.py True ./pkgdir/where.py\n", cwd=tmp)
    # The library directory is on sys.path and its modules import from there.
    check("library", ["-c", "import sys, __future__; print(sys.path[-1] == sys._stdlib_dir, "
                            "__future__.__file__.startswith(sys._stdlib_dir), sys.prefix == sys.base_prefix, "
                            "type(sys.stdlib_module_names).__name__, 'os' in sys.stdlib_module_names)"],
          "True True True frozenset True\n")
    # Flags and the environment variables that set them.
    flags = "import sys; f = sys.flags; print(f.dont_write_bytecode, sys.dont_write_bytecode, f.optimize, " \
            "f.ignore_environment, f.isolated, f.safe_path, f.no_user_site, f.verbose, f.quiet)"
    check("default flags", ["-c", flags], "0 False 0 0 0 False 0 0 0\n")
    check("-B -O -q", ["-B", "-O", "-q", "-c", flags], "1 True 1 0 0 False 0 0 1\n")
    check("combined -BOO", ["-BOO", "-c", flags], "1 True 2 0 0 False 0 0 0\n")
    check("PYTHONDONTWRITEBYTECODE", ["-c", flags], "1 True 0 0 0 False 0 0 0\n", env={"PYTHONDONTWRITEBYTECODE": "1"})
    check("-E ignores env flags", ["-E", "-c", flags], "0 False 0 1 0 False 0 0 0\n",
          env={"PYTHONDONTWRITEBYTECODE": "1", "PYTHONOPTIMIZE": "2"})
    check("-I", ["-I", "-c", flags], "0 False 0 1 1 True 1 0 0\n")
    check("PYTHONOPTIMIZE", ["-c", flags], "0 False 2 0 0 False 0 0 0\n", env={"PYTHONOPTIMIZE": "2"})
    # -W and PYTHONWARNINGS (environment first), -X.
    check("-W", ["-W", "ignore", "-Wdefault::DeprecationWarning", "-c", "import sys; print(sys.warnoptions)"],
          "['error::UserWarning', 'ignore', 'default::DeprecationWarning']\n",
          env={"PYTHONWARNINGS": "error::UserWarning"})
    check("-X", ["-X", "faulthandler", "-Xpycache_prefix=/tmp/pc", "-c",
                 "import sys; print(sys._xoptions, sys.pycache_prefix)"],
          "{'faulthandler': True, 'pycache_prefix': '/tmp/pc'} /tmp/pc\n")
    check("PYTHONPYCACHEPREFIX", ["-c", "import sys; print(sys.pycache_prefix)"], "/tmp/pc2\n",
          env={"PYTHONPYCACHEPREFIX": "/tmp/pc2"})
    # -c takes the rest of the word; sys.argv after it.
    check("-c glued", ["-cimport sys; print(sys.argv)", "a", "-b"], "['-c', 'a', '-b']\n")
    # -u: writes reach the pipe at once, in program order across stdout and stderr.
    status, out, err = run(["-u", "-c", "import sys\nfor i in range(3): print(i); print(i, file=sys.stderr)"])
    if (out, err) != ("0\n1\n2\n", "0\n1\n2\n"):
        failures.append(f"-u: {out!r} {err!r}")
    # Compiled modules are cached under pyglass's own tag (never CPython's
    # .pyc) and compiled again when the source changes.
    cdir = os.path.join(tmp, "cache")
    os.mkdir(cdir)
    with open(os.path.join(cdir, "mod.py"), "w") as f:
        f.write("X = 1\n")
    with open(os.path.join(cdir, "main.py"), "w") as f:
        f.write("import sys, mod\nprint(mod.X, mod.__cached__.endswith('.' + sys.implementation.cache_tag + '.pyc'),"
                " sys.implementation.cache_tag.startswith('pyglass-'))\n")
    check("cache written", ["main.py"], "1 True True\n", cwd=cdir)
    cached = os.listdir(os.path.join(cdir, "__pycache__"))
    if len(cached) != 1 or "cpython" in cached[0]:
        failures.append(f"cache files: {cached}")
    check("cache read", ["main.py"], "1 True True\n", cwd=cdir)
    with open(os.path.join(cdir, "mod.py"), "w") as f:
        f.write("X = 22\n")  # another size: stale even within the same second
    check("cache invalidated", ["main.py"], "22 True True\n", cwd=cdir)
    with open(os.path.join(cdir, "mod2.py"), "w") as f:
        f.write("Y = 3\n")
    check("-B writes no cache", ["-B", "-c", "import sys, mod2; print(mod2.Y)"], "3\n", cwd=cdir)
    if any(n.startswith("mod2.") for n in os.listdir(os.path.join(cdir, "__pycache__"))):
        failures.append("-B wrote a cache file")
    # Usage errors exit 2 with CPython's wording.
    status, out, err = run(["-c"])
    if status != 2 or "Argument expected for the -c option" not in err:
        failures.append(f"-c without argument: {status} {err!r}")
    status, out, err = run(["-Z", "-c", "pass"])
    if status != 2 or "Unknown option: -Z" not in err:
        failures.append(f"unknown option: {status} {err!r}")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("ok")
