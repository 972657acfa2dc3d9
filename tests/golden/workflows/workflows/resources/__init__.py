"""Resources of Workflows: one per tag, reached as attributes of the client."""
