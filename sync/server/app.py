"""The FastAPI app factory of the central service.

`create_app` wires settings, database, service keys and password hashing into one app. It
refuses a database whose schema is not at head (run `dossier-server migrate`), so a worker
never serves queries against tables it does not know.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version

from fastapi import FastAPI

from sync.server.api.audit_routes import router as audit_router
from sync.server.api.blob_routes import router as blob_router
from sync.server.api.deps import ServiceContext
from sync.server.api.metrics import Metrics
from sync.server.api.metrics import router as metrics_router
from sync.server.api.middleware import RequestContextMiddleware
from sync.server.api.problems import install_problem_handlers
from sync.server.api.routes import router
from sync.server.api.sync_routes import router as sync_router
from sync.server.db.database import Database
from sync.server.db.migrate import check_current
from sync.server.keys import load_or_create
from sync.server.services import audit_log, row_writes
from sync.server.services.audit_log import HeadSigner
from sync.server.services.passwords import PasswordHasher
from sync.server.settings import Settings


def utc_now() -> datetime:
    """The service clock: aware UTC."""
    return datetime.now(UTC)


def _version() -> str:
    try:
        return version("dossier")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0"


def create_app(settings: Settings, *, clock: Callable[[], datetime] = utc_now) -> FastAPI:
    """A ready-to-serve app; raises ServerError when the schema or the keys are not usable."""
    settings.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    db = Database.from_url(
        settings.resolved_database_url, busy_timeout_ms=settings.sqlite_busy_timeout_ms
    )
    check_current(db)
    keyring = load_or_create(settings.keys_dir, clock)
    signer = HeadSigner.from_keyring(keyring, clock, every=settings.audit_head_every)
    audit_log.install(db, signer)
    # A push flushes its queued row writes itself; this makes sure none is ever dropped.
    db.add_commit_hook(row_writes.flush)
    metrics = Metrics(db)
    context = ServiceContext(
        settings=settings,
        db=db,
        keyring=keyring,
        hasher=PasswordHasher(settings.passwords),
        clock=clock,
        head_signer=signer,
        metrics=metrics,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        db.dispose()

    app = FastAPI(
        title="Dossier sync service",
        version=_version(),
        openapi_url="/openapi.json",
        docs_url=None,  # the interactive docs would load scripts from a CDN
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.context = context
    install_problem_handlers(app)
    app.add_middleware(
        RequestContextMiddleware,
        max_body_bytes=settings.max_body_bytes,
        clock=clock,
        metrics=metrics,
    )
    app.include_router(router)
    app.include_router(sync_router)
    app.include_router(blob_router)
    app.include_router(audit_router)
    app.include_router(metrics_router)
    return app
