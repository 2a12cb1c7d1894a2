# With -X warn_default_encoding, open() and TextIOWrapper without an encoding warn (EncodingWarning, PEP 597);
# text_encoding() passes explicit encodings through and names "locale" otherwise.
# args: -X warn_default_encoding
import _io
print(_io.text_encoding(None), _io.text_encoding("ascii"), _io.text_encoding(None, 2))
f = open(__file__)
f.close()
f = open(__file__, encoding="locale")
print(f.encoding == _io.TextIOWrapper(_io.BytesIO(), encoding="locale").encoding)
f.close()
f = open(__file__, "rb")
f.close()
t = _io.TextIOWrapper(_io.BytesIO())
def helper():
    return _io.text_encoding(None, 2)
helper()
# expect stderr: encoding_warning.py:6: EncodingWarning: 'encoding' argument not specified
# expect stderr: encoding_warning.py:13: EncodingWarning: 'encoding' argument not specified
# expect stderr: encoding_warning.py:16: EncodingWarning: 'encoding' argument not specified
# expect stderr: ^sys:1: EncodingWarning: 'encoding' argument not specified
# expect: locale ascii locale
# expect: True
