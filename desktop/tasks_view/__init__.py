"""The case's tasks and legal deadlines: list, new task, new deadline from a rule."""
