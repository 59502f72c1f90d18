"""Use cases of an unlocked profile; each returns frozen DTOs."""
