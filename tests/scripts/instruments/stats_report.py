# --stats prints the exit report on stderr; stdout is the program's alone.
# args: --stats
class Node:
    pass

nodes = [Node() for i in range(300)]
for a, b in zip(nodes, nodes[1:]):
    a.next = b
nodes[-1].next = nodes[0]
del nodes, a, b
import gc
gc.collect()
print(sum(x * 0.5 for x in range(100)))
# expect: 2475.0
# expect stderr: ^==== pyglass --stats =+$
# expect stderr: ^program +stats_report\.py +exit status 0$
# expect stderr: ^time +wall \d
# expect stderr: ^  MainThread +[\d,]+ 
# expect stderr: ^  2 +[1-9]
# expect stderr: float free list: [\d,]+ hits, [\d,]+ misses
# expect stderr: list free list: +[\d,]+ hits
# expect stderr: small-int cache: [\d,]+ hits
# expect stderr: interned strings: [\d,]+
# expect stderr: ^  Node +300 +300$
# expect stderr: ^refchain +[\d,]+ live objects when the program ended, [\d,]+ at exit
