# CPython's warnings.py on top of _warnings: catch_warnings, simplefilter, showwarning, defaultaction.
import warnings, sys
print(warnings.filters is __import__("_warnings").filters, warnings.warn is __import__("_warnings").warn)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    warnings.warn("dep", DeprecationWarning)
    def f():
        warnings.warn("in f", stacklevel=2)
    f()
print([(str(w.message), w.category.__name__, w.lineno) for w in log])
def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", message, category.__name__, lineno)
warnings.showwarning = show
warnings.warn("custom display")
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("err", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.warn("ignored")
print(len(warnings.filters), warnings.filters[0][:1])
warnings.defaultaction = "error"
warnings.resetwarnings()
try:
    warnings.warn("default error")
except UserWarning as e:
    print("defaultaction", e)
# expect: True True
# expect: [('recorded', 'UserWarning', 6), ('dep', 'DeprecationWarning', 7), ('in f', 'UserWarning', 10)]
# expect: SHOW: custom display UserWarning 15
# expect: raised err
# expect: 1 ('ignore',)
# expect: defaultaction default error
