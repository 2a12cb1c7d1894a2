# The DEBUG flag: re._parser prints the parsed pattern and re._compiler the
# code it hands to _sre, naming opcodes through int subclasses whose __repr__
# gives the name (str() and print() of such an int use it, as in CPython).
from sre_support import *

compile(r'(?P<word>\w+)\s*(?:=|:)\s*(?(word)[^\d]{2,}?|x)+$', DEBUG)
compile(rb'(?i)ab[c-e]|(?<=z)y*+', DEBUG)

from re import _constants
op = _constants.OPCODES[17]
print(op, str(op), repr(op), '%s' % op, f'{op}', format(op), '{}'.format(op), int(op), '%d' % op, format(op, 'd'))


class R(int):
    def __repr__(self):
        return 'R!'


class F(float):
    def __repr__(self):
        return 'F!'


class SR(int):
    def __str__(self):
        return 'S'

    def __repr__(self):
        return 'SR'


print(str(R(3)), R(3), [R(3)], f'{R(3)}', f'{R(3):>4}', str(F(1.5)), f'{F(1.5)}', f'{F(1.5):.2f}', format(F(2.0)))
print(SR(1), repr(SR(1)), f'{SR(1)!r}', '%s %r %d' % (SR(1), SR(1), SR(1)), format(True), f'{False}', str(7), 7.5)
print(int.__str__ is object.__str__, float.__str__ is object.__str__, bool.__str__ is object.__str__)

# expect: SUBPATTERN 1 0 0
# expect:   MAX_REPEAT 1 MAXREPEAT
# expect:     IN
# expect:       CATEGORY CATEGORY_WORD
# expect: MAX_REPEAT 0 MAXREPEAT
# expect:   IN
# expect:     CATEGORY CATEGORY_SPACE
# expect: IN
# expect:   LITERAL 61
# expect:   LITERAL 58
# expect: MAX_REPEAT 0 MAXREPEAT
# expect:   IN
# expect:     CATEGORY CATEGORY_SPACE
# expect: MAX_REPEAT 1 MAXREPEAT
# expect:   GROUPREF_EXISTS 1
# expect:     MIN_REPEAT 2 MAXREPEAT
# expect:       IN
# expect:         NEGATE None
# expect:         CATEGORY CATEGORY_DIGIT
# expect:   ELSE
# expect:     LITERAL 120
# expect: AT AT_END
# expect: 
# expect:  0. INFO 4 0b0 3 MAXREPEAT (to 5)
# expect:  5: MARK 0
# expect:  7. REPEAT_ONE 9 1 MAXREPEAT (to 17)
# expect: 11.   IN 4 (to 16)
# expect: 13.     CATEGORY UNI_WORD
# expect: 15.     FAILURE
# expect: 16:   SUCCESS
# expect: 17: MARK 1
# expect: 19. REPEAT_ONE 9 0 MAXREPEAT (to 29)
# expect: 23.   IN 4 (to 28)
# expect: 25.     CATEGORY UNI_SPACE
# expect: 27.     FAILURE
# expect: 28:   SUCCESS
# expect: 29: IN 6 (to 36)
# expect: 31.   LITERAL 0x3d ('=')
# expect: 33.   LITERAL 0x3a (':')
# expect: 35.   FAILURE
# expect: 36: REPEAT_ONE 9 0 MAXREPEAT (to 46)
# expect: 40.   IN 4 (to 45)
# expect: 42.     CATEGORY UNI_SPACE
# expect: 44.     FAILURE
# expect: 45:   SUCCESS
# expect: 46: REPEAT 21 1 MAXREPEAT (to 68)
# expect: 50.   GROUPREF_EXISTS 0 15 (to 66)
# expect: 53.   MIN_REPEAT_ONE 10 2 MAXREPEAT (to 64)
# expect: 57.     IN 5 (to 63)
# expect: 59.       NEGATE
# expect: 60.       CATEGORY UNI_DIGIT
# expect: 62.       FAILURE
# expect: 63:     SUCCESS
# expect: 64:   JUMP 3 (to 68)
# expect: 66:   LITERAL 0x78 ('x')
# expect: 68: MAX_UNTIL
# expect: 69. AT END
# expect: 71. SUCCESS
# expect: BRANCH
# expect:   LITERAL 97
# expect:   LITERAL 98
# expect:   IN
# expect:     RANGE (99, 101)
# expect: OR
# expect:   ASSERT -1
# expect:     LITERAL 122
# expect:   POSSESSIVE_REPEAT 0 MAXREPEAT
# expect:     LITERAL 121
# expect: 
# expect:  0. INFO 4 0b0 0 MAXREPEAT (to 5)
# expect:  5: BRANCH 13 (to 19)
# expect:  7.   LITERAL_IGNORE 0x61 ('a')
# expect:  9.   LITERAL_IGNORE 0x62 ('b')
# expect: 11.   IN_IGNORE 5 (to 17)
# expect: 13.     RANGE 0x63 0x65 ('c'-'e')
# expect: 16.     FAILURE
# expect: 17:   JUMP 18 (to 36)
# expect: 19: branch 16 (to 35)
# expect: 20.   ASSERT 5 1 (to 26)
# expect: 23.     LITERAL_IGNORE 0x7a ('z')
# expect: 25.     SUCCESS
# expect: 26:   POSSESSIVE_REPEAT_ONE 6 0 MAXREPEAT (to 33)
# expect: 30.     LITERAL_IGNORE 0x79 ('y')
# expect: 32.     SUCCESS
# expect: 33:   JUMP 2 (to 36)
# expect: 35: FAILURE
# expect: 36: SUCCESS
# expect: MARK MARK MARK MARK MARK MARK MARK 17 17 17
# expect: R! R! [R!] R!    3 F! F! 1.50 F!
# expect: S SR SR S SR 1 True False 7 7.5
# expect: True True True
