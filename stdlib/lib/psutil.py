"""A small psutil: the process facts the memory labs read, from /proc.

Process(pid=None) with .pid, name(), memory_info() -> pmem(rss, vms, shared,
text, lib, data, dirty) and memory_full_info() -> pfullmem(..., uss, pss,
swap), all in bytes, as the real psutil reports them on Linux.
"""
import os

__all__ = ["Process", "NoSuchProcess", "pid_exists"]
__version__ = "5.9.0-pyglass"

_PAGE = 4096


class Error(Exception):
    pass


class NoSuchProcess(Error):
    def __init__(self, pid, name=None, msg=None):
        Error.__init__(self, msg or "process no longer exists (pid=%d)" % pid)
        self.pid = pid
        self.name = name


class _Fields:
    _fields = ()

    def __init__(self, *values):
        for k, v in zip(self._fields, values):
            setattr(self, k, v)

    def __iter__(self):
        return iter([getattr(self, k) for k in self._fields])

    def __getitem__(self, i):
        return getattr(self, self._fields[i])

    def __len__(self):
        return len(self._fields)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % (k, getattr(self, k)) for k in self._fields))


class pmem(_Fields):
    _fields = ("rss", "vms", "shared", "text", "lib", "data", "dirty")


class pfullmem(_Fields):
    _fields = ("rss", "vms", "shared", "text", "lib", "data", "dirty", "uss", "pss", "swap")


def _read(path):
    try:
        with open(path) as f:
            return f.read()
    except FileNotFoundError:
        return None


def pid_exists(pid):
    return _read("/proc/%d/stat" % pid) is not None


class Process:
    def __init__(self, pid=None):
        self.pid = os.getpid() if pid is None else pid
        if not pid_exists(self.pid):
            raise NoSuchProcess(self.pid)

    def __repr__(self):
        return "psutil.Process(pid=%d, name=%r)" % (self.pid, self.name())

    def _proc(self, what):
        text = _read("/proc/%d/%s" % (self.pid, what))
        if text is None:
            raise NoSuchProcess(self.pid)
        return text

    def name(self):
        return self._proc("comm").strip()

    def memory_info(self):
        vms, rss, shared, text, lib, data, dirty = [int(x) * _PAGE for x in self._proc("statm").split()[:7]]
        return pmem(rss, vms, shared, text, lib, data, dirty)

    def memory_full_info(self):
        base = self.memory_info()
        uss = pss = swap = 0
        for line in self._proc("smaps_rollup").splitlines():
            parts = line.split()
            if len(parts) < 2:
                continue
            key, value = parts[0], parts[1]
            if key in ("Private_Clean:", "Private_Dirty:", "Private_Hugetlb:"):
                uss += int(value) * 1024
            elif key == "Pss:":
                pss += int(value) * 1024
            elif key == "Swap:":
                swap += int(value) * 1024
        return pfullmem(*(list(base) + [uss, pss, swap]))
