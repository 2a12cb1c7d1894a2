# _blake2: BLAKE2b/BLAKE2s with every parameter, against CPython's digests.
import hashlib
import _blake2

msgs = [b"", b"abc", bytes(range(256)), b"x" * 127, b"x" * 128, b"x" * 129, b"y" * 64, b"y" * 65, bytes(range(256)) * 300]
for T in (hashlib.blake2b, hashlib.blake2s):
    for m in msgs:
        h = T(m)
        inc = T()
        for i in range(0, len(m), 33):
            inc.update(m[i:i + 33])
        assert inc.digest() == h.digest()
        print(T.__name__, len(m), h.hexdigest()[:40])
    mx = T.MAX_DIGEST_SIZE
    for kw in [dict(digest_size=1), dict(digest_size=mx // 2 + 3), dict(key=b"k"), dict(key=b"K" * T.MAX_KEY_SIZE),
               dict(salt=b"salt"), dict(salt=b"S" * T.SALT_SIZE), dict(person=b"me"), dict(person=b"P" * T.PERSON_SIZE),
               dict(fanout=0), dict(fanout=255, depth=255), dict(leaf_size=2**32 - 1), dict(node_offset=2**40 + 3),
               dict(node_depth=7), dict(inner_size=mx), dict(last_node=True), dict(usedforsecurity=False),
               dict(digest_size=20, key=b"secret", salt=b"na", person=b"pp", fanout=2, depth=3, leaf_size=4096,
                    node_offset=5, node_depth=1, inner_size=16, last_node=1)]:
        a = T(b"message", **kw)
        b = T(**kw)
        b.update(b"mess")
        c = b.copy()
        b.update(b"age")
        c.update(b"age")
        assert a.digest() == b.digest() == c.digest()
        print(T.__name__, sorted(kw), a.digest_size, a.hexdigest())
    k = T(b"data", key=b"key" * 3)
    k2 = T(key=b"key" * 3)
    k2.update(b"da"); k2.update(memoryview(b"ta")); k2.update(bytearray())
    print(k.hexdigest() == k2.hexdigest(), T(key=b"key").hexdigest()[:16])
    print(T.__name__, T.SALT_SIZE, T.PERSON_SIZE, T.MAX_KEY_SIZE, T.MAX_DIGEST_SIZE, T().block_size, T().name)
print(_blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2B_PERSON_SIZE, _blake2.BLAKE2B_MAX_KEY_SIZE, _blake2.BLAKE2B_MAX_DIGEST_SIZE,
      _blake2.BLAKE2S_SALT_SIZE, _blake2.BLAKE2S_PERSON_SIZE, _blake2.BLAKE2S_MAX_KEY_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE)
print(hashlib.new("blake2b", b"abc").hexdigest()[:16], hashlib.new("blake2s", b"abc").hexdigest()[:16])
print(type(hashlib.new("blake2s")).__name__, type(hashlib.blake2b()).__module__)
import hmac
print(hmac.new(b"k", b"m", "blake2b").hexdigest()[:16], hmac.new(b"k", b"m", hashlib.blake2s).hexdigest()[:16])

# expect: blake2b 0 786a02f742015903c6c6fd852552d272912f4740
# expect: blake2b 3 ba80a53f981c4d0d6a2797b69f12f6e94c212f14
# expect: blake2b 256 1ecc896f34d3f9cac484c73f75f6a5fb58ee6784
# expect: blake2b 127 acc1cd9ebcd76c8f0e9afcfe2e2479a1ab53ad0d
# expect: blake2b 128 082b91ea2e15d1556d2ceefdd5af5d64d31b4e01
# expect: blake2b 129 362a53bbe2ec08097b2f358a41d0e153aeed4c13
# expect: blake2b 64 76460816d11a10b61c8208e03e7308fff5a21964
# expect: blake2b 65 502230eb8e4cb763756317380ecb067cd3837bdb
# expect: blake2b 76800 244376fb797ae6c6ca594ee67320859e22c79dba
# expect: blake2b ['digest_size'] 1 0a
# expect: blake2b ['digest_size'] 35 f97cdef39d0dc1b0fc3dfcacf7303391122253a83302c334c1eadb472ac1e3a511b06b
# expect: blake2b ['key'] 64 938b5102b791941fc62a06ace9e5f19390e31a2ab328e3e2e33aa6593d2761df3f631143b3f45b848f5a9be4c687c47c3c3039e4b24925c04fb1da32657247a5
# expect: blake2b ['key'] 64 52f374ebfe4a148602e8121792fa7e87e172fc817a7ed4abba95f5e409dd20ac6c24a9168296281f3e37f27f697d5b26cb9369656fe4763ef89400d7f222eb2b
# expect: blake2b ['salt'] 64 416397711dc3785cb45f41678647ba9e3494f6cfaa4f92c3de7bf846fc389ee966daa972c6e0b441f4dd49ada1a52988dd24359fffcbb3469e29b29298a51ab8
# expect: blake2b ['salt'] 64 1382ce5753a9ce561e72e6c4acf9708a49866d4ca0a6b9723de14049b5b7375889331fd552f186ec0e8b37504981c5267c8ba1bdce8a8f18a05f6c1918ce3ccb
# expect: blake2b ['person'] 64 ed26240bc30984ce9b395fa5b01086399b645d35904479c3d26eefbff347840f7495c09a5a67032eff7cc062dee38fa5bcd2dfd0cbe8aa8201663cae8708cff7
# expect: blake2b ['person'] 64 8535ae0e42c682b1ab4de1ca48d5a0fed520c3ea227437134baba8448940b0c3e33947fd0b40844845e38175eca925f866d7ff3b1ea9c0b4a9dab3482748b5f3
# expect: blake2b ['fanout'] 64 8bf398939590426ff65016167e49163891d0ecf256c2bd5856b3dbb7718a26bac646967bf1b1239251285b705390ccd076d159a9a4ead89bd0fd5f2499acbdbf
# expect: blake2b ['depth', 'fanout'] 64 bb7acd3df30004a984b1c1fd5ba06bf21c76788f300f03d2ef493b168d33b297fe358bdccb423e4ec37d1e5ff30d0fb9b98d511f0ed98ca2ec4cabff09e0a1b8
# expect: blake2b ['leaf_size'] 64 dd5d3d401c3883cc11d7c977a575cf7451e78b14589e1d053cd746a1dc405c7f9ad870308b4773cc82033b35bf40aa789c454aed60762a26e66fecb67d9ca403
# expect: blake2b ['node_offset'] 64 e7ca1da2ef0f0db71ead96261eadc02ce76404f7c7ded507a8ca06b81ec9f17569bdc24f473ccc8ff0572200543b181004059d8436e680ab86db309994cb309a
# expect: blake2b ['node_depth'] 64 382bf3ec382bbe5e769b47fdcd85f822380f6eedd465bb7344363dc82b5d7325df1f2fa2737155cde2d65d07e123b5921a58cedbe742d055ea6f9d9458288157
# expect: blake2b ['inner_size'] 64 d8cab3fa9f604b63c0bf97360e666799fbbeef2125c3f07a2dd2ef90879f2b45aa0ca49a342bd0e1acc318db5d28a2d3e6123760a8e476e5255c7fc387592631
# expect: blake2b ['last_node'] 64 daf0cf34488ba2d78d3494f3a8038b54ddf4878188af85a4d2111fe4f1e23aa3c3a4eb31f4010fc765e3bf6f6d2f41208ab3b25dca429810852acf1b2c20a007
# expect: blake2b ['usedforsecurity'] 64 7bd9044c67faf33ba5cd8ae162680cd9d7a8d3180b15b39952737b8572dfced52b559acd6aa7f8c833a1b3172bd2771683c793c772d4abe3dd9bd9f63c204701
# expect: blake2b ['depth', 'digest_size', 'fanout', 'inner_size', 'key', 'last_node', 'leaf_size', 'node_depth', 'node_offset', 'person', 'salt'] 20 1a3b5b5e2f2cf7f20ab4bb049a5f18ae11bc6810
# expect: True 5b3cfd8f422b490b
# expect: blake2b 16 16 64 64 128 blake2b
# expect: blake2s 0 69217a3079908094e11121d042354a7c1f55b648
# expect: blake2s 3 508c5e8c327c14e2e1a72ba34eeb452f37458b20
# expect: blake2s 256 5fdeb59f681d975f52c8e69c5502e02a12a3afcc
# expect: blake2s 127 91c4b2c45a1ae44067382550f189e7983ac770b0
# expect: blake2s 128 0b81df8f2e8616dc992bff767a30f204a479af92
# expect: blake2s 129 8649145538784833c3d83f5d9dd936519c0e6804
# expect: blake2s 64 6261823961032082d06481d16744068c51d8fed2
# expect: blake2s 65 212102dea0368575ba25b5151b61526d9147cf78
# expect: blake2s 76800 47bfca8fc87cfca4b7dd43f040e6809fddb74106
# expect: blake2s ['digest_size'] 1 c5
# expect: blake2s ['digest_size'] 19 f1226bc28db35a93d0eac71cb1a2c4e3b2aecc
# expect: blake2s ['key'] 32 056729081683af84528fb7f0a0f9f83d66763ba8be7ff39c3dd5505e1b374026
# expect: blake2s ['key'] 32 e514ec49e4d16ea671d47100ce39bf0797c7a48e4ad48d0171386c3e4c2600ac
# expect: blake2s ['salt'] 32 21faaaeeaa27906aa5465510b6640cb383d536ef6a1ef9e2b91fc4beccb1dcd0
# expect: blake2s ['salt'] 32 515267592e4369d68daa5ad1c3e5359f48a5fa625aec0b92741485afff3fc6e9
# expect: blake2s ['person'] 32 fedc2258e1dbe6b23afac6c5864c60db1631c41242f1010abb5ff7f270f4776b
# expect: blake2s ['person'] 32 1f84d7e68f86b8c6d2ad0d1d5c4f32b02c01a78659c94225a5c33195d8ae6df5
# expect: blake2s ['fanout'] 32 9533b25081edccd3345d25908bb697522af0e79a4315e409a6e34627b0e7af32
# expect: blake2s ['depth', 'fanout'] 32 8abc91cccad5eb795f39536cad834ea257252d34a001c98cd270aab9a9ea4694
# expect: blake2s ['leaf_size'] 32 606334971af7bb125668a1b53790e216bcec7fb0a727bbbf4cfd51df65cd04c5
# expect: blake2s ['node_offset'] 32 10baa766c54eae61bc2a41b21036678cd9dec7bf2e1ff001b5e77d164df7e5e7
# expect: blake2s ['node_depth'] 32 0db9eab2e40c20a854eb05a1fe97e8908f1b0f68bf41311a96cca91aecabbdcf
# expect: blake2s ['inner_size'] 32 73cd52f209fc1ad9aca584dab3ceba531ccf5daf13101e174324bf440f66b36d
# expect: blake2s ['last_node'] 32 370e7a81434d70d5237f8e79e2ad331e15b2153b630fbcb11a3aefb49a6417e1
# expect: blake2s ['usedforsecurity'] 32 e6d7039c6d8c2ae1706e2cd3d2684e59d8b86ea9d21273a1e06263932ea367a4
# expect: blake2s ['depth', 'digest_size', 'fanout', 'inner_size', 'key', 'last_node', 'leaf_size', 'node_depth', 'node_offset', 'person', 'salt'] 20 6d08daa79c8b940c0c0252de5f541e1cc70a6ead
# expect: True a65f92611fdc3722
# expect: blake2s 8 8 32 32 64 blake2s
# expect: 16 16 64 64 8 8 32 32
# expect: ba80a53f981c4d0d 508c5e8c327c14e2
# expect: blake2s _blake2
# expect: cfb0a92a74f0b600 998d5d39acad301f
