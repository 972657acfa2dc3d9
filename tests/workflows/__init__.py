"""Tests of the vendor workflows declared with `x-clientgen-*` extensions."""
