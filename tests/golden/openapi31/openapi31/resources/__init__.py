"""Resources of OpenAPI 3.1 Features: one per tag, reached as attributes of the client."""
