"""SQLite storage: connection, schema and migrations, the change log and the materialized state."""
