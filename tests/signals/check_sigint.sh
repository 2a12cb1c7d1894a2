#!/bin/sh
# Ctrl-C: SIGINT interrupts a sleep, then a busy loop (both caught), then an
# uncaught one ends the run with a KeyboardInterrupt traceback and status 130.
# Each signal is sent only after the script says it reached that point, so the
# test does not depend on timing.
pyglass=$1
dir=$2
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
python3 "$dir/sigdfl.py" "$pyglass" "$dir/sigint_target.py" >"$out" 2>"$err" &
pid=$!
wait_for() {  # wait until stdout has $1 lines (at most ~20 s)
  i=0
  while [ "$(wc -l <"$out")" -lt "$1" ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i + 1)); done
}
wait_for 1; sleep 0.2; kill -INT $pid   # during the first sleep
wait_for 2; sleep 0.2; kill -INT $pid   # during the busy loop
wait_for 3; sleep 0.2; kill -INT $pid   # during the last sleep: uncaught
wait $pid
status=$?
expected="sleeping
interrupted sleep
interrupted loop"
if [ "$(cat "$out")" != "$expected" ]; then echo "stdout:"; cat "$out"; echo "stderr:"; cat "$err"; exit 1; fi
grep -q '^KeyboardInterrupt$' "$err" || { echo "no KeyboardInterrupt on stderr"; cat "$err"; exit 1; }
[ "$status" = 130 ] || { echo "exit status $status, expected 130"; exit 1; }
echo ok
