# The errors of an f-string's replacement field, word for word as CPython
# 3.11.7 (test_fstring): missing expressions, unmatched and mismatched
# brackets, backslashes, '#', conversions.
cases = [
    "f'{}'", "f'{ }'", "f'{!r}'", "f'{ !r}'", "f'{!}'", "f'{!'", "f'{!s:'", "f'{!x}'", "f'{ !xr:a}'",
    "f'{:}'", "f'{ :!}'", "f'{:2}'", "f'{:'", "f'{=}'", "f'{ =}'", "f'{ =:}'", "f'{   =!}'", "f'{='",
    "f'''{\t\f\n!a}'''", "f'''{\t\f\n:a}'''", "f'''{\t\f\n=}'''",
    "f'{3!x}'", "f'{3!rr}'", "f'{3!'", "f'{3!r'", "f'{3:'", "f'{3='", "f'{3!:}'",
    "f'{)}'", "f'{]}'", "f'{a)}'", "f'{)#}'", "f'{3)+(4}'", "f'{(a]}'", "f'{[a)}'", "f'{((}'", "f'{a(4}'",
    "f'{a[4}'", "f'{(}'", "f'{((a)'", "f'{x:{)}}'", "f'{{a}'",
    "f'{\"a}'", "f'{\"\"\"a\"\"}'", "f'{a#b}'", "rf'{\"\\n\"}'", "f'{\"\\n\"}'",
    "rf'{\"\\N{LEFT CURLY BRACKET}\"}'", "f'{!=}'", "f'{*a}'", "f'{**a}'", "(**a)", "print((**{}))",
]
for src in cases:
    try:
        compile(src, "<fstring>", "eval")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

x, y, a = 1, 2, 3
for src in [r"f'\{6*7}'", r"f'\{{6*7}}'", r"f'a\{6*7}b'", r"f'\}}'", r"rf'\{6*7}'", r"f'\\{6*7}'",
            r"f'\N{DIGIT ONE}{6*7}'", "f'{3 = }'", "f'{x!=y}'", "f'{x<=y}'", "f'{x>y}'", "f'{x==y}'", "f'{\"#\"}'", "f'{\"a\" \"b\"}'",
            "f'{a:=1}'", "f'{(a:=1)}'", "f'{3=!r:>5}'", "f'{3  =  }'", "f'{x=:>4}'", "f'{[x, (y, {a: 1})]}'",
            "f'{x:{y}}'", "f'''{\"\"\"a}\"\"\"}'''", "f'{\"((\"}'", "f'{(1, 2)[0]}'", "f'{ {1: 2}[1] }'"]:
    print(repr(src), repr(eval(src)))
# expect: "f'{}'" -> f-string: empty expression not allowed
# expect: "f'{ }'" -> f-string: empty expression not allowed
# expect: "f'{!r}'" -> f-string: expression required before '!'
# expect: "f'{ !r}'" -> f-string: expression required before '!'
# expect: "f'{!}'" -> f-string: expression required before '!'
# expect: "f'{!'" -> f-string: expression required before '!'
# expect: "f'{!s:'" -> f-string: expression required before '!'
# expect: "f'{!x}'" -> f-string: expression required before '!'
# expect: "f'{ !xr:a}'" -> f-string: expression required before '!'
# expect: "f'{:}'" -> f-string: expression required before ':'
# expect: "f'{ :!}'" -> f-string: expression required before ':'
# expect: "f'{:2}'" -> f-string: expression required before ':'
# expect: "f'{:'" -> f-string: expression required before ':'
# expect: "f'{=}'" -> f-string: expression required before '='
# expect: "f'{ =}'" -> f-string: expression required before '='
# expect: "f'{ =:}'" -> f-string: expression required before '='
# expect: "f'{   =!}'" -> f-string: expression required before '='
# expect: "f'{='" -> f-string: expression required before '='
# expect: "f'''{\t\x0c\n!a}'''" -> f-string: expression required before '!'
# expect: "f'''{\t\x0c\n:a}'''" -> f-string: expression required before ':'
# expect: "f'''{\t\x0c\n=}'''" -> f-string: expression required before '='
# expect: "f'{3!x}'" -> f-string: invalid conversion character: expected 's', 'r', or 'a'
# expect: "f'{3!rr}'" -> f-string: expecting '}'
# expect: "f'{3!'" -> f-string: expecting '}'
# expect: "f'{3!r'" -> f-string: expecting '}'
# expect: "f'{3:'" -> f-string: expecting '}'
# expect: "f'{3='" -> f-string: expecting '}'
# expect: "f'{3!:}'" -> f-string: invalid conversion character: expected 's', 'r', or 'a'
# expect: "f'{)}'" -> f-string: unmatched ')'
# expect: "f'{]}'" -> f-string: unmatched ']'
# expect: "f'{a)}'" -> f-string: unmatched ')'
# expect: "f'{)#}'" -> f-string: unmatched ')'
# expect: "f'{3)+(4}'" -> f-string: unmatched ')'
# expect: "f'{(a]}'" -> f-string: closing parenthesis ']' does not match opening parenthesis '('
# expect: "f'{[a)}'" -> f-string: closing parenthesis ')' does not match opening parenthesis '['
# expect: "f'{((}'" -> f-string: closing parenthesis '}' does not match opening parenthesis '('
# expect: "f'{a(4}'" -> f-string: closing parenthesis '}' does not match opening parenthesis '('
# expect: "f'{a[4}'" -> f-string: closing parenthesis '}' does not match opening parenthesis '['
# expect: "f'{(}'" -> f-string: closing parenthesis '}' does not match opening parenthesis '('
# expect: "f'{((a)'" -> f-string: unmatched '('
# expect: "f'{x:{)}}'" -> f-string: unmatched ')'
# expect: "f'{{a}'" -> f-string: single '}' is not allowed
# expect: 'f\'{"a}\'' -> f-string: unterminated string
# expect: 'f\'{"""a""}\'' -> f-string: unterminated string
# expect: "f'{a#b}'" -> f-string expression part cannot include '#'
# expect: 'rf\'{"\\n"}\'' -> f-string expression part cannot include a backslash
# expect: 'f\'{"\\n"}\'' -> f-string expression part cannot include a backslash
# expect: 'rf\'{"\\N{LEFT CURLY BRACKET}"}\'' -> f-string expression part cannot include a backslash
# expect: "f'{!=}'" -> f-string: invalid syntax
# expect: "f'{*a}'" -> f-string: cannot use starred expression here
# expect: "f'{**a}'" -> f-string: cannot use double starred expression here
# expect: '(**a)' -> cannot use double starred expression here
# expect: 'print((**{}))' -> cannot use double starred expression here
# expect: "f'\\{6*7}'" '\\42'
# expect: "f'\\{{6*7}}'" '\\{6*7}'
# expect: "f'a\\{6*7}b'" 'a\\42b'
# expect: "f'\\}}'" '\\}'
# expect: "rf'\\{6*7}'" '\\42'
# expect: "f'\\\\{6*7}'" '\\42'
# expect: "f'\\N{DIGIT ONE}{6*7}'" '142'
# expect: "f'{3 = }'" '3 = 3'
# expect: "f'{x!=y}'" 'True'
# expect: "f'{x<=y}'" 'True'
# expect: "f'{x>y}'" 'False'
# expect: "f'{x==y}'" 'False'
# expect: 'f\'{"#"}\'' '#'
# expect: 'f\'{"a" "b"}\'' 'ab'
# expect: "f'{a:=1}'" '3'
# expect: "f'{(a:=1)}'" '1'
# expect: "f'{3=!r:>5}'" '3=    3'
# expect: "f'{3  =  }'" '3  =  3'
# expect: "f'{x=:>4}'" 'x=   1'
# expect: "f'{[x, (y, {a: 1})]}'" '[1, (2, {1: 1})]'
# expect: "f'{x:{y}}'" ' 1'
# expect: 'f\'\'\'{"""a}"""}\'\'\'' 'a}'
# expect: 'f\'{"(("}\'' '(('
# expect: "f'{(1, 2)[0]}'" '1'
# expect: "f'{ {1: 2}[1] }'" '2'
