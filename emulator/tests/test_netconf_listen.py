"""NETCONF listeners: a default port that cannot be bound falls back to a free one; an asked-for one is an error."""

from __future__ import annotations

import asyncio
import socket
from types import SimpleNamespace

import pytest

from jetemu.netconf.service import DeviceNetconf
from jetemu.netconf.ssh import load_host_key


def _runtime() -> SimpleNamespace:
    return SimpleNamespace(key="r1", spec=SimpleNamespace(host="127.0.0.1"))


def test_busy_default_port_falls_back_but_an_asked_port_does_not(caplog: pytest.LogCaptureFixture) -> None:
    async def scenario() -> None:
        with socket.socket() as busy:
            busy.bind(("127.0.0.1", 0))
            busy.listen()
            port = busy.getsockname()[1]
            device = DeviceNetconf(_runtime(), load_host_key(None), 1 << 20)  # type: ignore[arg-type]
            await device.listen(port, strict=False)
            assert device.port not in (0, port)
            await device.close()
            strict = DeviceNetconf(_runtime(), load_host_key(None), 1 << 20)  # type: ignore[arg-type]
            with pytest.raises(OSError, match=f"NETCONF of r1 on 127.0.0.1:{port}"):
                await strict.listen(port, strict=True)

    asyncio.run(scenario())
    assert "unavailable" in caplog.text and "using a free port" in caplog.text
