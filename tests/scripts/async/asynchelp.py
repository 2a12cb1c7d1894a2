# Helpers the async script tests import (no expectations: not a test itself).

class Pause:
    """An awaitable that yields its tag to whoever drives the coroutine and returns what is sent back."""
    def __init__(self, tag=None):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

def run(coro):
    """Drive a coroutine with send(None) to the end: (the tags it yielded, its result or error)."""
    tags = []
    try:
        while True:
            tags.append(coro.send(None))
    except StopIteration as e:
        return tags, e.value
    except BaseException as e:
        return tags, type(e).__name__ + ": " + str(e)
