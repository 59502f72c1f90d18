"""Benchmarks of the local store against the machine's floor, measured in the same run.

Not part of the test suite: figures depend on the machine. Run ``python -m bench.run``
(``make bench``); ``bench/README.md`` says what each figure measures and what bounds it.
"""
