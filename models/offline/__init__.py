"""Taking a working set along and synchronising it with the team's server (issue 22).

The protocol and its failure cases: ``docs/offline-sync.md``. ``keys`` keeps the local file's key
in the OS keyring, ``sets`` computes what a set holds on the server, ``local`` is the encrypted
local file with its base, ``sync`` takes along, synchronises and hands in.
"""
