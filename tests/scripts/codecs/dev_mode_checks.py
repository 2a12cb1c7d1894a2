# -X dev (and PYTHONDEVMODE): str.encode, bytes.decode, str(bytes, ...) and
# bytes(str, ...) check their encoding and errors arguments even when the
# data needs no codec work; without it the fast paths never look them up.
import os, subprocess, sys

code = r'''
import sys
print(sys.flags.dev_mode)
bad = 'Boom, Shaka Laka, Boom!'
results = []
for call in (lambda: str(b'', encoding=bad), lambda: str(b'', errors=bad), lambda: str(b'x', 'ascii', errors=bad),
             lambda: ''.encode(encoding=bad), lambda: ''.encode(errors=bad), lambda: 'x'.encode('utf8', bad),
             lambda: b''.decode(encoding=bad), lambda: b'short'.decode(errors=bad),
             lambda: bytearray(b'x').decode('latin1', bad), lambda: bytes('x', 'ascii', bad),
             lambda: bytearray('', 'utf8', bad), lambda: 'x'.encode('utf8', 'strict'), lambda: b'x'.decode('ascii', 'ignore')):
    try:
        call()
        results.append('ok')
    except LookupError as e:
        results.append(type(e).__name__)
print(results)
'''
env = {k: v for k, v in os.environ.items() if k != "PYTHONDEVMODE"}
for args, extra in (([], {}), (["-X", "dev"], {}), ([], {"PYTHONDEVMODE": "1"}), (["-E"], {"PYTHONDEVMODE": "1"})):
    p = subprocess.run([sys.executable, *args, "-c", code], capture_output=True, text=True, env=dict(env, **extra))
    print(args, extra, p.returncode)
    print(p.stdout, end="")
# expect: [] {} 0
# expect: False
# expect: ['ok', 'ok', 'ok', 'LookupError', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']
# expect: ['-X', 'dev'] {} 0
# expect: True
# expect: ['LookupError', 'LookupError', 'LookupError', 'LookupError', 'LookupError', 'LookupError', 'LookupError', 'LookupError', 'LookupError', 'LookupError', 'LookupError', 'ok', 'ok']
# expect: [] {'PYTHONDEVMODE': '1'} 0
# expect: True
# expect: ['LookupError', 'LookupError', 'LookupError', 'LookupError', 'LookupError', 'LookupError', 'LookupError', 'LookupError', 'LookupError', 'LookupError', 'LookupError', 'ok', 'ok']
# expect: ['-E'] {'PYTHONDEVMODE': '1'} 0
# expect: False
# expect: ['ok', 'ok', 'ok', 'LookupError', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']
