"""The sync protocol: wire models, versions, stable codes and the `SyncApi` interface.

Modules: `models` (pydantic wire models), `fields` (their bounded field types), `versions`
(protocol/schema versions, mutation kinds), `errors` (request error and rejection codes),
`outcomes` (merge outcome codes), `api` (the `SyncApi` Protocol). Nothing is re-exported here,
so importing a code enum does not import pydantic.
"""
