"""The app's side of sync: hooks into the store lifecycle, Sync now, conflicts."""
