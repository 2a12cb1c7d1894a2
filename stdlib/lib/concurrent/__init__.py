# The concurrent package (pyglass): see concurrent.futures.
