"""BorderTrack: offline registers for border crossing points, synced by signed Excel bundles."""

__version__ = "0.1.0"
