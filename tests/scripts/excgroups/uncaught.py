# An uncaught exception group: the boxes on stderr, exit status 1.
def work(i):
    raise ValueError(f"task {i} failed")

def main():
    errors = []
    for i in range(2):
        try:
            work(i)
        except ValueError as e:
            e.add_note(f"while running task {i}")
            errors.append(e)
    raise ExceptionGroup("tasks failed", errors)

print("start")
main()
# expect: start
# expect exit: 1
# expect stderr: ^  \+ Exception Group Traceback \(most recent call last\):$
# expect stderr: ^  \|   File ".*uncaught.py", line 16, in <module>$
# expect stderr: ^  \|     main\(\)$
# expect stderr: ^  \|   File ".*uncaught.py", line 13, in main$
# expect stderr: ^  \| ExceptionGroup: tasks failed \(2 sub-exceptions\)$
# expect stderr: ^  \+-\+---------------- 1 ----------------$
# expect stderr: ^    \| Traceback \(most recent call last\):$
# expect stderr: ^    \|   File ".*uncaught.py", line 9, in main$
# expect stderr: ^    \|   File ".*uncaught.py", line 3, in work$
# expect stderr: ^    \| ValueError: task 0 failed$
# expect stderr: ^    \| while running task 0$
# expect stderr: ^    \+---------------- 2 ----------------$
# expect stderr: ^    \| ValueError: task 1 failed$
# expect stderr: ^    \| while running task 1$
# expect stderr: ^    \+------------------------------------$
