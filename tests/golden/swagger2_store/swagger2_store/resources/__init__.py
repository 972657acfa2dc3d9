"""Resources of Swagger 2.0 store: one per tag, reached as attributes of the client."""
