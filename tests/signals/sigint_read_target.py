# Run by tests/signals/check_sigint_read.sh: Ctrl-C interrupts a blocking read at every layer of _io.
import posix
r, w = posix.pipe()  # the write end stays open: reads block until the signal
for layer, f in (("FileIO", open(r, "rb", buffering=0, closefd=False)),
                 ("BufferedReader", open(r, "rb", closefd=False)),
                 ("TextIOWrapper", open(r, "r", encoding="utf-8", closefd=False))):
    print("reading", layer, flush=True)
    try:
        f.readline()
    except KeyboardInterrupt:
        print("interrupted", layer, flush=True)
print("last read", flush=True)
open(r, "rb").read()
