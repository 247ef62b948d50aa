"""Moving data between devices: keys and trust, the bundle format, export, import."""
