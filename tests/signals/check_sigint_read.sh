#!/bin/sh
# Ctrl-C interrupts blocking reads of FileIO, BufferedReader and TextIOWrapper
# (each caught), then an uncaught one ends the run with status 130.  Each signal
# is sent only after the script says it is about to read.
pyglass=$1
dir=$2
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
python3 "$dir/sigdfl.py" "$pyglass" "$dir/sigint_read_target.py" >"$out" 2>"$err" &
pid=$!
wait_for() {  # wait until stdout has $1 lines (at most ~20 s)
  i=0
  while [ "$(wc -l <"$out")" -lt "$1" ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i + 1)); done
}
for n in 1 3 5 7; do wait_for $n; sleep 0.2; kill -INT $pid; done
wait $pid
status=$?
expected="reading FileIO
interrupted FileIO
reading BufferedReader
interrupted BufferedReader
reading TextIOWrapper
interrupted TextIOWrapper
last read"
if [ "$(cat "$out")" != "$expected" ]; then echo "stdout:"; cat "$out"; echo "stderr:"; cat "$err"; exit 1; fi
grep -q '^KeyboardInterrupt$' "$err" || { echo "no KeyboardInterrupt on stderr"; cat "$err"; exit 1; }
[ "$status" = 130 ] || { echo "exit status $status, expected 130"; exit 1; }
echo ok
