"""Resources of Paging API: one per tag, reached as attributes of the client."""
