# Exceptions pickle as CPython's do (__reduce__/__setstate__, ImportError's and OSError's
# fields), OSError keeps its args without a filename, keyword errors name the class.
import pickle, copy
e=ImportError('m', name='n', path='p'); print(e.__reduce__()); e.x=1; print(e.__reduce__())
e=BaseException(); print(e.__reduce__()); print(pickle.dumps(e,0))
e=OSError(2,'x','f'); print(e.__reduce__())
e=OSError(2,'x','f','g'); print(e.__reduce__(), e.args)
e=OSError(2,'x'); e.filename='q'; print(e.__reduce__())
e=OSError(2,'x',None,'g'); print(e.__reduce__())
e=OSError(1,2,3,4,5); print(e.__reduce__(), e.args)
e=AttributeError('x', name='n', obj=1); print(e.__reduce__())
e=SyntaxError('m',('f',1,2,'t',3,4)); print(e.__reduce__())
e=ValueError(); e.__setstate__({'a':1}); print(e.a, e.__reduce__())
try: e.__setstate__(3)
except Exception as x: print(x)
e.__setstate__(None)
e=StopIteration(5); e.x=1; print(e.__reduce__())
e=UnicodeDecodeError('utf-8', b'ab', 0, 1, 'r'); print(e.__reduce__())
for p in range(6):
    for e in [ValueError(1,2), ImportError('m', name='n'), OSError(2, 'x', 'f', None, 'g'), KeyError('k'), StopIteration(3), SystemExit(4), ModuleNotFoundError('q', path='z')]:
        e2 = pickle.loads(pickle.dumps(e, p))
        print(p, type(e2).__name__, e2.args, str(e2), getattr(e2, 'name', '-'), getattr(e2, 'path', '-'), getattr(e2, 'filename2', '-'), getattr(e2, 'value', '-'), getattr(e2, 'code', '-'))
e = copy.copy(ImportError('m', name='n')); print(e.name, e.msg)
for c in [ImportError, NameError, AttributeError, ModuleNotFoundError]:
  try: c(invalid=1)
  except TypeError as e: print(e)
for a in ['__cause__','__context__','__traceback__','args','__suppress_context__']:
  try: delattr(Exception(), a); print(a,'ok')
  except Exception as e: print(a, type(e).__name__, e)

# expect: (<class 'ImportError'>, ('m',), {'name': 'n', 'path': 'p'})
# expect: (<class 'ImportError'>, ('m',), {'x': 1, 'name': 'n', 'path': 'p'})
# expect: (<class 'BaseException'>, ())
# expect: b'cexceptions\nBaseException\np0\n(tRp1\n.'
# expect: (<class 'FileNotFoundError'>, (2, 'x', 'f'))
# expect: (<class 'FileNotFoundError'>, (2, 'x', 'f')) (2, 'x')
# expect: (<class 'FileNotFoundError'>, (2, 'x', 'q'))
# expect: (<class 'FileNotFoundError'>, (2, 'x', None, 'g'))
# expect: (<class 'PermissionError'>, (1, 2, 3, None, 5)) (1, 2)
# expect: (<class 'AttributeError'>, ('x',))
# expect: (<class 'SyntaxError'>, ('m', ('f', 1, 2, 't', 3, 4)))
# expect: 1 (<class 'ValueError'>, (), {'a': 1})
# expect: state is not a dictionary
# expect: (<class 'StopIteration'>, (5,), {'x': 1})
# expect: (<class 'UnicodeDecodeError'>, ('utf-8', b'ab', 0, 1, 'r'))
# expect: 0 ValueError (1, 2) (1, 2) - - - - -
# expect: 0 ImportError ('m',) m n None - - -
# expect: 0 FileNotFoundError (2, 'x') [Errno 2] x: 'f' -> 'g' - - g - -
# expect: 0 KeyError ('k',) 'k' - - - - -
# expect: 0 StopIteration (3,) 3 - - - 3 -
# expect: 0 SystemExit (4,) 4 - - - - 4
# expect: 0 ImportError ('q',) q None z - - -
# expect: 1 ValueError (1, 2) (1, 2) - - - - -
# expect: 1 ImportError ('m',) m n None - - -
# expect: 1 FileNotFoundError (2, 'x') [Errno 2] x: 'f' -> 'g' - - g - -
# expect: 1 KeyError ('k',) 'k' - - - - -
# expect: 1 StopIteration (3,) 3 - - - 3 -
# expect: 1 SystemExit (4,) 4 - - - - 4
# expect: 1 ImportError ('q',) q None z - - -
# expect: 2 ValueError (1, 2) (1, 2) - - - - -
# expect: 2 ImportError ('m',) m n None - - -
# expect: 2 FileNotFoundError (2, 'x') [Errno 2] x: 'f' -> 'g' - - g - -
# expect: 2 KeyError ('k',) 'k' - - - - -
# expect: 2 StopIteration (3,) 3 - - - 3 -
# expect: 2 SystemExit (4,) 4 - - - - 4
# expect: 2 ImportError ('q',) q None z - - -
# expect: 3 ValueError (1, 2) (1, 2) - - - - -
# expect: 3 ImportError ('m',) m n None - - -
# expect: 3 FileNotFoundError (2, 'x') [Errno 2] x: 'f' -> 'g' - - g - -
# expect: 3 KeyError ('k',) 'k' - - - - -
# expect: 3 StopIteration (3,) 3 - - - 3 -
# expect: 3 SystemExit (4,) 4 - - - - 4
# expect: 3 ModuleNotFoundError ('q',) q None z - - -
# expect: 4 ValueError (1, 2) (1, 2) - - - - -
# expect: 4 ImportError ('m',) m n None - - -
# expect: 4 FileNotFoundError (2, 'x') [Errno 2] x: 'f' -> 'g' - - g - -
# expect: 4 KeyError ('k',) 'k' - - - - -
# expect: 4 StopIteration (3,) 3 - - - 3 -
# expect: 4 SystemExit (4,) 4 - - - - 4
# expect: 4 ModuleNotFoundError ('q',) q None z - - -
# expect: 5 ValueError (1, 2) (1, 2) - - - - -
# expect: 5 ImportError ('m',) m n None - - -
# expect: 5 FileNotFoundError (2, 'x') [Errno 2] x: 'f' -> 'g' - - g - -
# expect: 5 KeyError ('k',) 'k' - - - - -
# expect: 5 StopIteration (3,) 3 - - - 3 -
# expect: 5 SystemExit (4,) 4 - - - - 4
# expect: 5 ModuleNotFoundError ('q',) q None z - - -
# expect: n m
# expect: 'invalid' is an invalid keyword argument for ImportError()
# expect: 'invalid' is an invalid keyword argument for NameError()
# expect: 'invalid' is an invalid keyword argument for AttributeError()
# expect: 'invalid' is an invalid keyword argument for ImportError()
# expect: __cause__ TypeError __cause__ may not be deleted
# expect: __context__ TypeError __context__ may not be deleted
# expect: __traceback__ TypeError __traceback__ may not be deleted
# expect: args TypeError args may not be deleted
# expect: __suppress_context__ TypeError can't delete numeric/char attribute
