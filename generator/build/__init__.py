"""Spec → model (generator.model): one module per concern; see .builder."""

from generator.build.builder import Builder, build_api, build_api_and_builder
from generator.build.node import ClientConfig, Node

__all__ = ["Builder", "ClientConfig", "Node", "build_api", "build_api_and_builder"]
