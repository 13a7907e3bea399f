"""The device token, kept in the OS keyring and nowhere else.

The keyring entry is named by the server and the device, so a desk registered again (or moved to
another server) never picks up a stale token. The backend is keyring's own choice, configurable with
its PYTHON_KEYRING_BACKEND variable (the tests use keyrings.alt's file backend that way).
"""

from __future__ import annotations

from desk_app.domain.errors import DomainError

SERVICE = "mot-cua-desk"


def _entry(server_url: str, device_id: str) -> str:
    return f"{server_url}#{device_id}"


def store_token(server_url: str, device_id: str, token: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, _entry(server_url, device_id), token)
    except (KeyringError, RuntimeError, OSError) as err:
        raise DomainError("sync.keyring", field=None, detail=type(err).__name__ + ": " + str(err)) from None


def load_token(server_url: str, device_id: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, _entry(server_url, device_id))
    except (KeyringError, RuntimeError, OSError) as err:
        raise DomainError("sync.keyring", field=None, detail=type(err).__name__ + ": " + str(err)) from None


def forget_token(server_url: str, device_id: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, _entry(server_url, device_id))
    except PasswordDeleteError:
        pass
    except (KeyringError, RuntimeError, OSError) as err:
        raise DomainError("sync.keyring", field=None, detail=type(err).__name__ + ": " + str(err)) from None
