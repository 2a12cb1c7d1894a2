#!/bin/sh
# Signals from another process reach Python handlers: SIGUSR1's handler runs
# in the main thread during a sleep, which then goes on; SIGUSR2's handler
# raises SystemExit(5), which ends the sleep and the program.  Each signal is
# sent only after the program printed that it is ready for it.
pyglass=$1
dir=$2
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$pyglass" "$dir/handlers_target.py" >"$out" 2>"$err" &
pid=$!
wait_for() {  # wait until stdout has $1 lines (at most ~20 s)
  i=0
  while [ "$(wc -l <"$out")" -lt "$1" ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i + 1)); done
}
wait_for 1; kill -USR1 $pid
wait_for 2; kill -USR1 $pid
wait_for 3; kill -USR2 $pid
wait $pid
status=$?
expected="ready
got 10 wait_here
got 10 wait_here
stopping"
if [ "$(cat "$out")" != "$expected" ]; then echo "stdout:"; cat "$out"; echo "stderr:"; cat "$err"; exit 1; fi
[ "$status" = 5 ] || { echo "exit status $status, expected 5"; cat "$err"; exit 1; }
echo ok
