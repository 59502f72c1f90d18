"""Settings: language and auto-lock for the caseworker; the service connection, set by IT."""
