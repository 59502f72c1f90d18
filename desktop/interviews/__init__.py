"""Interviews: the case's list, the template-driven editor with autosave, the read-back."""
