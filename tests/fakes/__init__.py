"""Tests of the test doubles shipped in every generated package (`PKG.testing`)."""
