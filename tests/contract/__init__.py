"""Contract tests: the generated clients against Stoplight Prism serving each spec."""
