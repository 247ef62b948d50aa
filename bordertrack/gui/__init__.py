"""The desktop interface: a thin Qt shell over the services (the only package importing Qt)."""
