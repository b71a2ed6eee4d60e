"""Personal data under the AVG: retention periods, inzage (a person's data exported) and erasure."""
