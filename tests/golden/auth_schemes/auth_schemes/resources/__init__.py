"""Resources of Auth Schemes: one per tag, reached as attributes of the client."""
