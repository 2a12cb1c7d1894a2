# Hash and HMAC objects fed from several threads: large updates run with the
# GIL released, each object's lock keeps its state consistent.
import hashlib
import hmac
import threading

chunk = bytes(range(256)) * 64          # 16 KiB: above the GIL-release threshold
shared = hashlib.sha256()
shared_mac = hmac.new(b"key", digestmod="sha1")
own = {}

def work(n):
    h = hashlib.sha3_512()
    for _ in range(50):
        shared.update(chunk)
        shared_mac.update(chunk)
        h.update(chunk)
        shared.hexdigest()
        shared.copy()
    own[n] = h.hexdigest()

threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

# Every update fed the same bytes, so any interleaving gives the same digest.
print(shared.hexdigest() == hashlib.sha256(chunk * 200).hexdigest())
print(shared_mac.hexdigest() == hmac.new(b"key", chunk * 200, "sha1").hexdigest())
print(len(set(own.values())), own[0] == hashlib.sha3_512(chunk * 50).hexdigest())

# pbkdf2 and scrypt release the GIL while they compute
keys = []
ts = [threading.Thread(target=lambda: keys.append(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 2000)))
      for _ in range(3)]
ts += [threading.Thread(target=lambda: keys.append(hashlib.scrypt(b"pw", salt=b"salt", n=256, r=8, p=1)[:32]))
       for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(keys), len(set(keys)))

# expect: True
# expect: True
# expect: 1 True
# expect: 5 2
