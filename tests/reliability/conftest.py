from ..integration.storage.conftest import profile, recovery_keys, template_root, workspace

__all__ = ["profile", "recovery_keys", "template_root", "workspace"]
