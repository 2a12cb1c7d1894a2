# Triple-quoted strings inside f-string fields.
print(f"{'''eric's'''}", f'{"""eric"s"""}', f"{'''a''' + '''b'''}", f"""{'''x'y'z'''!r}""", f"{'''q'''=}")

# expect: eric's eric"s ab "x'y'z" '''q'''='q'
