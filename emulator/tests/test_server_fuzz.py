"""Bounded fuzz: every method of every service jetemu serves answers bad input cleanly.

The methods come from ``jetemu.server.app.service_table()`` (what the server registers), so a
service added there is fuzzed too. For each method a seeded generator builds plausible requests
from the message descriptors (strings from a pool of real commands, configurations, names and
addresses), then mutates them: unknown enum numbers, extreme numbers, deep nesting and large
sizes in strings, invalid UTF-8, empty fields, many repeated elements, damaged wire bytes.
Everything goes to one real emulator process over real gRPC, from one logged-in session.

Asserted: no answer is ``UNKNOWN`` or ``INTERNAL``; every call ends in time (only a valid
``*Subscribe`` or legacy ``*MonitorRegister`` stream may stay open); the emulator logged no
unexpected exception (the servicer safety net's mark) and no traceback; it is still running and
serves a normal call afterwards.

``JETEMU_FUZZ_SEED`` and ``JETEMU_FUZZ_PER_METHOD`` change the run (a failure prints both).
"""

from __future__ import annotations

import asyncio
import collections
import os
import random
import time
from pathlib import Path
from typing import Any

import grpc
from emutest import PASSWORD, USER, connect, start_emulator
from google.protobuf import message_factory
from google.protobuf.descriptor import FieldDescriptor, MethodDescriptor
from google.protobuf.message import Message

from jetemu.proto import jnx_authentication_service_pb2 as v2_auth
from jetemu.proto import jnx_management_service_pb2 as v2_mgmt
from jetemu.proto import jnx_routing_rib_service_pb2 as rib_pb2
from jetemu.server.app import service_table
from jetemu.server.handlers import SAFETY_NET_MARK

SEED = int(os.environ.get("JETEMU_FUZZ_SEED", "1010"))
PER_METHOD = int(os.environ.get("JETEMU_FUZZ_PER_METHOD", "65"))
IN_FLIGHT = 6
CALL_TIMEOUT = 30.0  # a call still unanswered after this is a hang
STREAM_IDLE = 1.5  # a stream that sent something and then stays quiet this long is a live subscription
SUBSCRIBE_TIMEOUT = 3.0
FORBIDDEN = {grpc.StatusCode.UNKNOWN, grpc.StatusCode.INTERNAL}

CONFIG_TEXT = [
    "set interfaces ge-0/0/3 description fuzz",
    "set interfaces ge-0/0/4 unit 0 family inet address 192.0.2.9/24",
    "set routing-options static route 198.51.100.0/24 next-hop 192.0.2.2",
    "system { host-name fuzz-r1; }",
    "interfaces { ge-0/0/5 { disable; } }",
    "delete interfaces ge-0/0/3 description",
]
CONFIG_JSON = [
    '{"configuration": {"system": {"host-name": "fuzz-j1"}}}',
    '{"configuration": {"interfaces": {"interface": [{"name": "ge-0/0/6", "description": "j"}]}}}',
    '{"interfaces": {"interface": [{"name": "ge-0/0/7", "disable": [null]}]}}',
]
CONFIG_XML = [
    "<configuration><system><host-name>fuzz-x1</host-name></system></configuration>",
    "<configuration><interfaces><interface><name>ge-0/0/8</name><description>x</description>"
    "</interface></interfaces></configuration>",
]
CLI = ["show version", "show interfaces terse", "show route", "show configuration | display set", "show system uptime"]
XML_RPC = [
    "<get-software-information/>",
    "<get-interface-information><terse/></get-interface-information>",
    '<get-configuration database="committed" format="text"/>',
    "<get-route-information><table>inet.0</table></get-route-information>",
]
JSON_RPC = ['{"get-software-information": {}}', '{"get-route-information": {"table": "inet.0"}}']
NAMES = ["ge-0/0/1", "ge-0/0/2", "fxp0", "lo0", "inet.0", "inet6.0", "fuzz", "default", "f1", "c1"]
ADDRESSES = ["10.1.2.0", "192.0.2.1", "2001:db8::1", "198.51.100.7", "0.0.0.0"]
PATHS = ["/", "/configuration", "/configuration/system", "/configuration/interfaces/interface[name='ge-0/0/1']"]

NESTING = ["[", "{", '{"a":', "<a>", "a { ", "(", '{"configuration":', "<configuration>", "a ", "/a"]


def string_for(field: FieldDescriptor, rng: random.Random) -> str:
    """A plausible value for a string field, chosen by what its name says it holds."""
    name = field.name
    if name in ("xml_config",):
        return rng.choice(CONFIG_XML)
    if name in ("json_config",):
        return rng.choice(CONFIG_JSON)
    if name in ("text_config",):
        return rng.choice(CONFIG_TEXT)
    if name in ("cli_command",):
        return rng.choice(CLI)
    if name == "xml_command":
        return rng.choice(XML_RPC)
    if name == "json_command":
        return rng.choice(JSON_RPC)
    if "path" in name:
        return rng.choice(PATHS)
    if "addr" in name:
        return rng.choice(ADDRESSES)
    if name in ("username", "user_name"):
        return USER
    if name == "password":
        return rng.choice([PASSWORD, "wrong"])
    return rng.choice(NAMES)


def is_map(field: FieldDescriptor) -> bool:
    return field.type == FieldDescriptor.TYPE_MESSAGE and field.message_type.GetOptions().map_entry


def scalar(field: FieldDescriptor, rng: random.Random) -> Any:
    kind = field.type
    if kind == FieldDescriptor.TYPE_STRING:
        return string_for(field, rng)
    if kind == FieldDescriptor.TYPE_BYTES:
        return bytes(rng.choice([[10, 0, 0, 1], [192, 0, 2, 1], [0x20, 1, 0x0D, 0xB8] + [0] * 11 + [1]]))
    if kind == FieldDescriptor.TYPE_BOOL:
        return rng.random() < 0.5
    if kind == FieldDescriptor.TYPE_ENUM:
        return rng.choice(field.enum_type.values).number
    if kind in (FieldDescriptor.TYPE_FLOAT, FieldDescriptor.TYPE_DOUBLE):
        return rng.choice([0.0, 1.5, 100.0])
    return rng.choice([0, 1, 2, 24, 32, 64, 100])


def fill(msg: Message, rng: random.Random, depth: int = 0) -> Message:
    """Set a plausible subset of the fields of ``msg`` (one member per oneof)."""
    chosen_oneofs: dict[str, FieldDescriptor] = {
        oneof.name: rng.choice(oneof.fields) for oneof in msg.DESCRIPTOR.oneofs if oneof.fields
    }
    for field in msg.DESCRIPTOR.fields:
        oneof = field.containing_oneof
        if oneof is not None and chosen_oneofs.get(oneof.name) is not field:
            continue
        if rng.random() < 0.25 and oneof is None:
            continue
        if is_map(field):
            if depth < 4:
                key_field, value_field = (
                    field.message_type.fields_by_name["key"],
                    field.message_type.fields_by_name["value"],
                )
                container = getattr(msg, field.name)
                key = scalar(key_field, rng)
                if value_field.type == FieldDescriptor.TYPE_MESSAGE:
                    fill(container[key], rng, depth + 1)
                else:
                    container[key] = scalar(value_field, rng)
            continue
        if field.label == FieldDescriptor.LABEL_REPEATED:
            container = getattr(msg, field.name)
            for _ in range(rng.choice([0, 1, 1, 2])):
                if field.type == FieldDescriptor.TYPE_MESSAGE:
                    if depth < 4:
                        fill(container.add(), rng, depth + 1)
                else:
                    container.append(scalar(field, rng))
        elif field.type == FieldDescriptor.TYPE_MESSAGE:
            if depth < 4:
                fill(getattr(msg, field.name), rng, depth + 1)
                if not getattr(msg, field.name).ListFields():
                    getattr(msg, field.name).SetInParent()
        else:
            setattr(msg, field.name, scalar(field, rng))
    return msg


def slots(msg: Message) -> list[tuple[Message, FieldDescriptor]]:
    """Every (message, field) reachable through the set sub-messages of ``msg``, maps aside."""
    found = []
    for field in msg.DESCRIPTOR.fields:
        if is_map(field):
            continue
        found.append((msg, field))
        if field.type != FieldDescriptor.TYPE_MESSAGE:
            continue
        if field.label == FieldDescriptor.LABEL_REPEATED:
            for item in getattr(msg, field.name):
                found.extend(slots(item))
        elif msg.HasField(field.name):
            found.extend(slots(getattr(msg, field.name)))
    return found


INT_RANGES = {
    FieldDescriptor.TYPE_INT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_SINT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_SFIXED32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_UINT32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_FIXED32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_INT64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_SINT64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_SFIXED64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_UINT64: (0, 2**64 - 1),
    FieldDescriptor.TYPE_FIXED64: (0, 2**64 - 1),
}
UTF8_MARK = "\x01fz"


def set_value(msg: Message, field: FieldDescriptor, value: Any) -> None:
    if field.label == FieldDescriptor.LABEL_REPEATED:
        container = getattr(msg, field.name)
        del container[:]
        container.append(value)
    else:
        setattr(msg, field.name, value)


def mutate(msg: Message, rng: random.Random) -> tuple[str, bytes]:
    """One mutation of a filled request: ``(what was done, the bytes to send)``."""
    kind = rng.choice(
        ["valid", "enum", "number", "deep", "big", "weird", "utf8", "empty", "repeat", "wire", "enum", "deep"]
    )
    candidates = slots(msg)
    pick = {
        "enum": lambda f: f.type == FieldDescriptor.TYPE_ENUM,
        "number": lambda f: f.type in INT_RANGES or f.type in (FieldDescriptor.TYPE_FLOAT, FieldDescriptor.TYPE_DOUBLE),
        "deep": lambda f: f.type == FieldDescriptor.TYPE_STRING,
        "big": lambda f: f.type in (FieldDescriptor.TYPE_STRING, FieldDescriptor.TYPE_BYTES),
        "weird": lambda f: f.type == FieldDescriptor.TYPE_STRING,
        "utf8": lambda f: f.type == FieldDescriptor.TYPE_STRING,
        "repeat": lambda f: f.label == FieldDescriptor.LABEL_REPEATED,
    }.get(kind)
    if pick is not None:
        candidates = [(m, f) for m, f in candidates if pick(f)]
        if not candidates:
            kind = "wire"
    if kind == "valid":
        return kind, msg.SerializeToString()
    if kind == "empty":
        if candidates and rng.random() < 0.7:
            target, field = rng.choice(candidates)
            target.ClearField(field.name)
        else:
            msg.Clear()
        return kind, msg.SerializeToString()
    if kind == "wire":
        data = bytearray(msg.SerializeToString())
        how = rng.choice(["flip", "truncate", "append", "garbage"])
        if how == "flip" and data:
            for _ in range(rng.randint(1, 4)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif how == "truncate" and data:
            del data[rng.randrange(len(data)) :]
        elif how == "append":
            data += bytes(rng.randrange(256) for _ in range(rng.randint(1, 40)))
        else:
            data = bytearray(rng.randbytes(rng.randint(0, 200)))
        return f"wire-{how}", bytes(data)
    target, field = rng.choice(candidates)
    if kind == "enum":
        value = rng.choice([-1, 99, 2**31 - 1, len(field.enum_type.values) + rng.randint(0, 5)])
        set_value(target, field, value)
        return f"enum {field.full_name}={value}", msg.SerializeToString()
    if kind == "number":
        if field.type in INT_RANGES:
            low, high = INT_RANGES[field.type]
            value = rng.choice(
                [low, high, -1 if low < 0 else high // 2 + 1, 0, 65536, 2**31 - 1 if high > 2**31 else high]
            )
        else:
            value = rng.choice([float("inf"), float("-inf"), float("nan"), -1e308, 1e308])
        set_value(target, field, value)
        return f"number {field.full_name}={value}", msg.SerializeToString()
    if kind == "repeat":
        container = getattr(target, field.name)
        if field.type == FieldDescriptor.TYPE_MESSAGE:
            one = container[0] if len(container) else fill(container.add(), rng, 3)
            for _ in range(rng.choice([50, 500, 3000])):
                container.add().CopyFrom(one)
        else:
            one = container[0] if len(container) else scalar(field, rng)
            container.extend([one] * rng.choice([50, 500, 3000]))
        return f"repeat {field.full_name}x{len(container)}", msg.SerializeToString()
    if kind == "deep":
        unit = rng.choice(NESTING)
        count = rng.choice([120, 1000, 20000, 100000])
        set_value(target, field, unit * count)
        return f"deep {field.full_name}={unit!r}x{count}", msg.SerializeToString()
    if kind == "big":
        size = rng.choice([100_000, 1_000_000, 3_000_000])
        if field.type == FieldDescriptor.TYPE_BYTES:
            set_value(target, field, rng.randbytes(size))
        else:
            set_value(target, field, (string_for(field, rng) + "\n") * (size // 20) + "x" * size)
        return f"big {field.full_name}={size}", msg.SerializeToString()
    if kind == "weird":
        value = rng.choice(
            [
                "\x00",
                "a\x00b",
                "\u202e\ufeff",
                "\ud7ff\U0010ffff",
                " " * 1000,
                "\n" * 1000,
                "x" * 70000,
                "-1",
                "99999999999999999999",
                "'\"<&>]]>",
                "../../etc/passwd",
                "%s%n{0}{{x}}",
            ]
        )
        set_value(target, field, value)
        return f"weird {field.full_name}={value[:20]!r}", msg.SerializeToString()
    # utf8: a marker string, then its bytes replaced in the encoding by invalid UTF-8 of the same length
    marker = UTF8_MARK + "".join(rng.choice("abcdefgh") for _ in range(8))
    set_value(target, field, marker)
    data = msg.SerializeToString()
    bad = bytes(rng.choice([0xFF, 0xFE, 0xC0, 0x80, 0xED, 0xA0]) for _ in range(len(marker.encode())))
    return f"utf8 {field.full_name}", data.replace(marker.encode(), bad, 1)


def request_class(method: MethodDescriptor) -> type[Message]:
    return message_factory.GetMessageClass(method.input_type)


def curated(method: MethodDescriptor, rng: random.Random) -> Message | None:
    """A known-valid request for methods whose interesting paths a random fill rarely reaches."""
    name = method.full_name
    if name in ("jnx.jet.management.Management.ConfigSet", "management.ManagementRpcApi.ExecuteCfgCommand"):
        cls = request_class(method)
        which = rng.choice(["text_config", "json_config", "xml_config"])
        value = {"text_config": CONFIG_TEXT, "json_config": CONFIG_JSON, "xml_config": CONFIG_XML}[which]
        req = cls(**{which: rng.choice(value)})
        fill(req.commit, rng, 3)
        return req
    return None


async def call(channel: grpc.aio.Channel, method: MethodDescriptor, path: str, payload: bytes) -> tuple[str, str]:
    """Send ``payload``: ``(outcome, details)``; outcome is a status code name, ``live-stream`` or ``hang``."""
    identity = lambda b: b  # noqa: E731
    if not method.server_streaming:
        try:
            await channel.unary_unary(path, request_serializer=identity, response_deserializer=identity)(
                payload, timeout=CALL_TIMEOUT
            )
        except grpc.aio.AioRpcError as exc:
            return ("hang" if exc.code() == grpc.StatusCode.DEADLINE_EXCEEDED else exc.code().name), exc.details() or ""
        return "OK", ""
    # Streams that follow the device until cancelled: v2 *Subscribe, legacy *MonitorRegister.
    subscription = method.name.endswith(("Subscribe", "MonitorRegister"))
    stream = channel.unary_stream(path, request_serializer=identity, response_deserializer=identity)(
        payload, timeout=SUBSCRIBE_TIMEOUT if subscription else CALL_TIMEOUT
    )
    received = 0
    try:
        while True:
            try:
                item = await asyncio.wait_for(stream.read(), STREAM_IDLE if received else None)
            except TimeoutError:
                stream.cancel()
                return "live-stream", ""
            if item is grpc.aio.EOF:
                return "OK", ""
            received += 1
    except grpc.aio.AioRpcError as exc:
        if exc.code() == grpc.StatusCode.DEADLINE_EXCEEDED:
            return ("live-stream" if subscription else "hang"), exc.details() or ""
        return exc.code().name, exc.details() or ""


async def fuzz(target: str) -> tuple[collections.Counter[str], list[str]]:
    outcomes: collections.Counter[str] = collections.Counter()
    failures: list[str] = []
    methods = [(service, method) for service, _ in service_table() for method in service.methods]
    assert len(methods) >= 40, [m.full_name for _, m in methods]
    # Replies may echo a large bad field: let them arrive (grpc clients accept 4 MiB by default).
    options = [("grpc.max_receive_message_length", 64 * 1024 * 1024)]
    async with grpc.aio.insecure_channel(target, options=options) as channel:
        login = channel.unary_unary(
            "/jnx.jet.authentication.Authentication/Login",
            request_serializer=v2_auth.LoginRequest.SerializeToString,
            response_deserializer=v2_auth.LoginResponse.FromString,
        )
        reply = await login(v2_auth.LoginRequest(username=USER, password=PASSWORD, client_id="fuzz"), timeout=10)
        assert reply.status.code == 0, reply.status.message
        initialize = channel.unary_unary(
            "/jnx.jet.routing.rib.Rib/RouteInitialize",
            request_serializer=rib_pb2.RouteInitializeRequest.SerializeToString,
            response_deserializer=rib_pb2.RouteInitializeResponse.FromString,
        )
        await initialize(rib_pb2.RouteInitializeRequest(), timeout=10)
        slots_free = asyncio.Semaphore(IN_FLIGHT)

        async def one(method: MethodDescriptor, index: int) -> None:
            rng = random.Random(f"{SEED}/{method.full_name}/{index}")
            cls = request_class(method)
            base = (curated(method, rng) if rng.random() < 0.5 else None) or fill(cls(), rng)
            what, payload = mutate(base, rng)
            path = f"/{method.containing_service.full_name}/{method.name}"
            async with slots_free:
                started = time.monotonic()
                outcome, details = await call(channel, method, path, payload)
            outcomes[outcome] += 1
            if outcome == "hang" or outcome in {c.name for c in FORBIDDEN}:
                failures.append(
                    f"{path} [{what}] -> {outcome} after {time.monotonic() - started:.1f}s: {details[:300]!r} "
                    f"(JETEMU_FUZZ_SEED={SEED}, index {index})"
                )

        await asyncio.gather(*(one(method, i) for _, method in methods for i in range(PER_METHOD)))
    return outcomes, failures


def test_every_method_survives_bad_input(tmp_path: Path) -> None:
    emu = start_emulator(tmp_path, "--port", "0", "--user", f"{USER}:{PASSWORD}", "--broker", "none")
    try:
        started = time.monotonic()
        outcomes, failures = asyncio.run(fuzz(emu.target()))
        elapsed = time.monotonic() - started
        print(f"fuzz: {sum(outcomes.values())} requests in {elapsed:.1f}s: {dict(outcomes)}")
        assert not failures, "\n".join(failures[:40]) + f"\n({len(failures)} failures)"
        assert emu.proc.poll() is None, "the emulator died"
        # A normal call still works afterwards, on a fresh connection.
        client = connect(emu.target())
        assert client.login().status.code == 0
        status, data = client.op(cli="show version", fmt=v2_mgmt.OP_COMMAND_OUTPUT_CLI)
        assert status.code == 0 and "Hostname" in data
        client.close()
    finally:
        emu.stop()
    log = emu.log_file.read_text(encoding="utf-8", errors="replace")
    caught = sorted({line.split(SAFETY_NET_MARK, 1)[1][:200] for line in log.splitlines() if SAFETY_NET_MARK in line})
    assert not caught, "exceptions only the safety net caught:\n" + "\n".join(caught)
    assert "Traceback" not in log, log[-5000:]
