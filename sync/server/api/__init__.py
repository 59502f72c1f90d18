"""HTTP layer: routes, wire models, dependencies, problem+json handlers, middleware."""
