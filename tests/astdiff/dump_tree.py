# Run by check_ast_diff.py under both python3 and pyglass: for each file named
# in the list file (argv[1]), print a header, then
# ast.dump(ast.parse(src, type_comments=False), include_attributes=True)
# or the exception ast.parse raised.
import ast
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    paths = [line.strip() for line in f if line.strip()]
for path in paths:
    print("=== " + path)
    with open(path, "rb") as f:
        src = f.read()
    try:
        tree = ast.parse(src, type_comments=False)
    except (SyntaxError, ValueError) as e:
        print("error:", type(e).__name__, e)
        continue
    print(ast.dump(tree, include_attributes=True, indent=1))
