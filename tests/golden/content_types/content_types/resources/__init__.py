"""Resources of Content Types: one per tag, reached as attributes of the client."""
