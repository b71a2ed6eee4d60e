"""Privacy (AVG) screens: retention periods and their job, the privacy log, inzage and erasure."""
