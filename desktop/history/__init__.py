"""A case's history in plain language: who did what, when, on which laptop; what waits."""
