# os and os.path.
import os
import os.path
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir)
print(os.path.join("a", "b", "c"), os.path.join("/x", "/abs", "y"), os.path.join("a/", "b"))
print(os.path.split("/usr/lib/python"), os.path.split("file"), os.path.split("/"))
print(os.path.basename("/a/b.txt"), repr(os.path.dirname("b.txt")), os.path.dirname("/a/b/c"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"))
print(os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath(""), os.path.normpath("../x/.."), os.path.normpath("//a"))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print(os.path.expanduser("~") == os.environ.get("HOME", os.path.expanduser("~")))
print(os.path.isdir("."), os.path.isfile("."), os.path.exists("no/such/thing"))
d = "pyglass_stdlib_dir"
os.makedirs(d + "/sub/deeper")
os.makedirs(d + "/sub", exist_ok=True)
try:
    os.makedirs(d + "/sub")
except FileExistsError as e:
    print("FileExistsError:", e)
with open(d + "/f.txt", "w") as f:
    f.write("12345")
print(os.path.getsize(d + "/f.txt"), os.stat(d + "/f.txt").st_size)
print(sorted(os.listdir(d)))
os.rename(d + "/f.txt", d + "/g.txt")
print(sorted(os.listdir(d)))
os.remove(d + "/g.txt")
os.rmdir(d + "/sub/deeper")
os.rmdir(d + "/sub")
os.rmdir(d)
print(os.path.exists(d))
try:
    os.remove("no_such_file_here")
except FileNotFoundError as e:
    print(e)
try:
    os.listdir("no_such_dir_here")
except OSError as e:
    print(type(e).__name__, e.errno)
print(type(os.getpid()) is int, os.cpu_count() >= 1, len(os.urandom(8)))
print(os.getenv("PYGLASS_SURELY_UNSET"), os.getenv("PYGLASS_SURELY_UNSET", "dflt"))
print(isinstance(os.environ, dict) or hasattr(os.environ, "keys"))
# expect: posix / '\n' . ..
# expect: a/b/c /abs/y a/b
# expect: ('/usr/lib', 'python') ('', 'file') ('/', '')
# expect: b.txt '' /a/b
# expect: ('archive.tar', '.gz') ('.bashrc', '') ('a.b/c', '')
# expect: True False
# expect: /a/c/d . .. //a
# expect: True
# expect: True
# expect: True False False
# expect: FileExistsError: [Errno 17] File exists: 'pyglass_stdlib_dir/sub'
# expect: 5 5
# expect: ['f.txt', 'sub']
# expect: ['g.txt', 'sub']
# expect: False
# expect: [Errno 2] No such file or directory: 'no_such_file_here'
# expect: FileNotFoundError 2
# expect: True True 8
# expect: None dflt
# expect: True
