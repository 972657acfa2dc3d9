"""Resources of Uploads and Styles: one per tag, reached as attributes of the client."""
