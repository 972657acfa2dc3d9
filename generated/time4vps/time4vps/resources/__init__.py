"""Resources of Time4VPS API: one per tag, reached as attributes of the client."""
