"""Fake time for the clients: waits return at once and advance the clock, and are recorded."""

from typing import List

NOW = 1_767_225_600.0


class FakeTime:
    def __init__(self, now: float = NOW) -> None:
        self.now = now
        self.sleeps: List[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def install(self, client) -> None:
        """Makes ``client`` (sync or async) read and wait on this fake time."""
        client._clock = self.clock
        client._sleep = self.async_sleep if type(client).__name__.startswith("Async") else self.sleep
