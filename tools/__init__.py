"""Developer tools (corpus harness, benchmarks); not part of the generator package."""
