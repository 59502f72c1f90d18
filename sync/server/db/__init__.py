"""Database layer: derived tables, engines and transactions, change log, migrations."""
