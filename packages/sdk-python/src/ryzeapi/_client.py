"""The synchronous client."""

import time
from typing import Callable, TypeVar

import httpx

from ._attempts import Sent, Wait
from ._base_client import BaseClient
from ._call import Call
from ._groups import Groups

T = TypeVar("T")


class Ryze(BaseClient):
    __doc__ = f"""A RyzeAPI client: ``Ryze().groups.leave("my-instance", identifier="…@g.us")``.

    {BaseClient.__doc__}"""

    groups: Groups
    """The group operations."""
    _groups_type = Groups

    _sleep: Callable[[float], None] = staticmethod(time.sleep)

    def _default_http_client(self) -> httpx.Client:
        return httpx.Client()

    def _request(self, call: Call[T]) -> Sent[T]:
        request, _, attempts = self._attempts(call)
        while True:
            paced = attempts.pace()
            if isinstance(paced, Wait):
                self._sleep(paced.seconds)
                continue
            try:
                step = attempts.answered(self._http.send(request, follow_redirects=False))
            except httpx.RequestError as exception:
                step = attempts.failed(exception, isinstance(exception, httpx.TimeoutException))
            except BaseException:
                attempts.abandoned()
                raise
            if isinstance(step, Sent):
                return step
            self._sleep(step.seconds)

    def close(self) -> None:
        """Closes the connections of the HTTP client."""
        self._http.close()

    def __enter__(self) -> "Ryze":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
