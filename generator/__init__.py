"""clientgen: turn OpenAPI documents into typed, installable Python client packages."""

__version__ = "0.1.0"
