import pytest

from .fake_time import FakeTime
from .loopback import LoopbackServer


@pytest.fixture(autouse=True)
def no_ryzeapi_environment(monkeypatch):
    """The tests never read the environment of whoever runs them."""
    monkeypatch.delenv("RYZEAPI_TOKEN", raising=False)
    monkeypatch.delenv("RYZEAPI_BASE_URL", raising=False)


@pytest.fixture
def server():
    with LoopbackServer() as running:
        yield running


@pytest.fixture
def fake_time():
    return FakeTime()
