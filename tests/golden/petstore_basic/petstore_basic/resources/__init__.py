"""Resources of Petstore Basic: one per tag, reached as attributes of the client."""
