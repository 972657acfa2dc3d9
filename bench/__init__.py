"""The benchmark harness: clientgen against openapi-python-client and openapi-generator.

`make bench` (`python -m bench`) writes docs/benchmarks.md; `make bench-full` (`--full`) adds
the long extras; `python -m bench --quick` is a smoke test. See bench.runner.
"""
