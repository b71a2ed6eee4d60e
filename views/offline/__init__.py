"""Working offline: a set taken along, its banner, synchronising and handing in (issue 22)."""
