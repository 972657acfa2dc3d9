"""The apps the live suite runs (each in the live virtualenv, never imported by the tests)."""
