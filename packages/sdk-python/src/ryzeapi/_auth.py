"""The token: held where nothing prints it, sent only in a header."""

from typing import Dict

from ._errors import InvalidInputError
from ._header_value import check_header_value

AUTH_SCHEMES = ("token", "bearer")


class Auth:
    """The token and how it is sent: ``token: <value>`` (the API's preferred header) or
    ``Authorization: Bearer <value>`` (accepted for compatibility). Never in the URL."""

    __slots__ = ("_token", "_scheme")

    def __init__(self, token: object, scheme: str) -> None:
        if scheme not in AUTH_SCHEMES:
            raise InvalidInputError(
                f"The auth_scheme {scheme!r} is not one of {', '.join(map(repr, AUTH_SCHEMES))}"
            )
        self._token = check_header_value("token", token)
        self._scheme = scheme

    def headers(self) -> Dict[str, str]:
        """The header that carries the token."""
        if self._scheme == "bearer":
            return {"Authorization": f"Bearer {self._token}"}
        return {"token": self._token}

    def __repr__(self) -> str:
        return f"Auth(scheme={self._scheme!r}, token=<hidden>)"

    def __reduce__(self) -> str:
        raise TypeError("The token is not picklable: pass it to each process from its environment")
