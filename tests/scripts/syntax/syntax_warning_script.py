# A script's own SyntaxWarning is printed on stderr with its source line when it is compiled.
x = 5
if x is 1:
    pass
print("ran")
# expect: ran
# expect stderr: syntax_warning_script\.py:3: SyntaxWarning: "is" with a literal\. Did you mean "=="\?
# expect stderr: ^  if x is 1:$
