"""Resources of Bodies and streams: one per tag, reached as attributes of the client."""
