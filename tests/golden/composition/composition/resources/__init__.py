"""Resources of Composition: one per tag, reached as attributes of the client."""
