# A script file's coding declaration (PEP 263) decides how it is read, for
# running it and for the source lines a traceback or SyntaxError shows.
import os, subprocess, sys, tempfile

def run(src):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'm.py')
        with open(path, 'wb') as f:
            f.write(src)
        p = subprocess.run([sys.executable, path], capture_output=True)
        print(p.returncode, p.stdout.decode('utf-8'), end='')
        for line in p.stderr.decode('utf-8').replace(d, 'DIR').splitlines():
            if not line.startswith('  File'):
                print(line)

run(b'# -*- coding: cp437 -*-\nprint("\xc2\xa2", len("\xc2\xa2"))\n')
run(b'# -*- coding: cp437 -*-\ndef f():\n    return "\xc2\xa2" + 1\nf()\n')
run(b'# -*- coding: cp437 -*-\n"\xc2\xa2" + f(4, x for x in range(1))\n')
run(b'\xef\xbb\xbfprint("bom", "\xc3\xa9")\n')
run(b'# coding: latin-1\nprint("\xe9")\n')
run(b'# coding: klingon\nprint(1)\n')
run(b'print("\xe9")\n')

# expect: 0 ┬ó 2
# expect: 1 Traceback (most recent call last):
# expect:     f()
# expect:     return "┬ó" + 1
# expect:            ~~~~~^~~
# expect: TypeError: can only concatenate str (not "int") to str
# expect: 1     "┬ó" + f(4, x for x in range(1))
# expect:                 ^^^^^^^^^^^^^^^^^^^
# expect: SyntaxError: Generator expression must be parenthesized
# expect: 0 bom é
# expect: 0 é
# expect: 1 SyntaxError: encoding problem: klingon
# expect: 1 SyntaxError: Non-UTF-8 code starting with '\xe9' in file DIR/m.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details
