"""`make demo`: the app against a real demo sync service, with a conflict waiting.

    python -m demo [--root demo-data] [--cases N] [--lang de] [--check] [--screenshots DIR]

Builds once (and reuses afterwards) a demo folder holding the service's data (embedded SQLite,
its keys, an organisation recovery key made offline as IT would), two caseworkers and a team
lead, fictional cases imported through the real import path, and two enrolled laptops: A (the
app's) and B (a headless second laptop). Both edit the same field of one shared case offline;
B syncs first, so a conflict waits in A's inbox. Then the service runs on 127.0.0.1 and the app
opens on A's profile; closing the app (or Ctrl-C) stops the service.

Lives outside `desktop/` on purpose: it drives the service (`sync.server`), which the app must
never import.
"""
