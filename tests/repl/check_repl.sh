#!/bin/sh
# The REPL driven through stdin (`pyglass -i < input`): expression values are
# echoed, an error does not end the session, compound statements wait for an
# empty line, and EOF ends it with status 0.  stdout must equal python3's;
# stderr must show the prompts and the traceback.
# usage: check_repl.sh PYGLASS DIR
set -u
interp=$1
dir=$2
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
PYGLASS_CHECK_LEAKS=1 "$interp" -i < "$dir/repl_input.txt" > "$out" 2> "$err"
status=$?
fail=0
if [ $status -ne 0 ]; then echo "exit status $status, expected 0"; fail=1; fi
if ! diff -u "$dir/expected_stdout.txt" "$out"; then echo "stdout differs"; fail=1; fi
grep -q '^>>> ' "$err" || { echo "no '>>> ' prompt on stderr"; fail=1; }
grep -q '\.\.\. ' "$err" || { echo "no '... ' prompt on stderr"; fail=1; }
grep -q '^ZeroDivisionError: division by zero$' "$err" || { echo "no ZeroDivisionError traceback"; fail=1; }
if [ $fail -ne 0 ]; then echo "--- stderr ---"; cat "$err"; exit 1; fi
echo ok
