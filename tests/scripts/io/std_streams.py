# sys.stdin/stdout/stderr are TextIOWrapper over BufferedReader/Writer over FileIO, set up as CPython
# does; -u and PYTHONUNBUFFERED make the binary layer of stdout/stderr unbuffered and the text layer
# write_through.  Child interpreters show each configuration regardless of this run's environment.
import sys, _io, posix

def describe(s):
    chain = [type(s).__name__, type(s.buffer).__name__]
    if hasattr(s.buffer, "raw"):
        chain.append(type(s.buffer.raw).__name__)
    return [s.name, s.mode, chain, s.encoding, s.errors, s.line_buffering, s.write_through, s.fileno()]

CHILD = ("import sys\n"
         "for s in (sys.stdin, sys.stdout, sys.stderr):\n"
         "    chain = [type(s).__name__, type(s.buffer).__name__]\n"
         "    print(s.name, s.mode, chain, s.errors, s.line_buffering, s.write_through, s.isatty())\n"
         "sys.stdout.write('text then '); sys.stdout.buffer.write(b'bytes\\n')\n")
for how in ("env -u PYTHONUNBUFFERED {exe} -c \"$CHILD\"", "env -u PYTHONUNBUFFERED {exe} -u -c \"$CHILD\"",
            "env PYTHONUNBUFFERED=1 {exe} -c \"$CHILD\""):
    print(how.split("{exe}")[1].split(" -c")[0].strip() or "(buffered)", "PYTHONUNBUFFERED" if "=1" in how else "")
    sys.stdout.flush()
    posix.putenv("CHILD", CHILD)
    posix.system(how.format(exe=sys.executable) + " < /dev/null 2>&1 | cat")

print(describe(sys.stdin)[:2], describe(sys.stdin)[3:5], sys.stdin.fileno(), sys.stdin.buffer.raw.closefd)
print(sys.stdout is sys.__stdout__, sys.stdin is sys.__stdin__, sys.stderr is sys.__stderr__)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
sys.stdout.write("text then bytes: ")
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.flush()
sys.stdout.write("\udcc3\udca9 escaped into UTF-8 bytes\n")
sys.stdout.flush()
sys.stderr.write("err \udce9 \u20ac\n")
print(type(sys.stdout) is _io.TextIOWrapper, getattr(sys.stdout.buffer, "raw", sys.stdout.buffer).closefd)
# stdin: first line
# stdin: second line
# expect stderr: ^err \\udce9 €$
# expect: (buffered) 
# expect: bytes
# expect: <stdin> r ['TextIOWrapper', 'BufferedReader'] surrogateescape False False False
# expect: <stdout> w ['TextIOWrapper', 'BufferedWriter'] surrogateescape False False False
# expect: <stderr> w ['TextIOWrapper', 'BufferedWriter'] backslashreplace True False False
# expect: text then -u 
# expect: <stdin> r ['TextIOWrapper', 'BufferedReader'] surrogateescape False True False
# expect: <stdout> w ['TextIOWrapper', 'FileIO'] surrogateescape False True False
# expect: <stderr> w ['TextIOWrapper', 'FileIO'] backslashreplace False True False
# expect: text then bytes
# expect: (buffered) PYTHONUNBUFFERED
# expect: <stdin> r ['TextIOWrapper', 'BufferedReader'] surrogateescape False True False
# expect: <stdout> w ['TextIOWrapper', 'FileIO'] surrogateescape False True False
# expect: <stderr> w ['TextIOWrapper', 'FileIO'] backslashreplace False True False
# expect: text then bytes
# expect: ['<stdin>', 'r'] ['utf-8', 'surrogateescape'] 0 False
# expect: True True True
# expect: 'first line\n' 'second line\n'
# expect: text then bytes: raw bytes
# expect: é escaped into UTF-8 bytes
# expect: True False
