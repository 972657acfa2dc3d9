"""Resources of BigTime API: one per tag, reached as attributes of the client."""
