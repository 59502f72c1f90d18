"""Use cases of the service; keyword-only functions that return frozen dataclasses."""
