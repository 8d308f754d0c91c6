"""Generated gRPC/protobuf stubs for the JET API (v2 ``jnx.jet.*`` and legacy v1 packages).

Do not edit: regenerate with ``python proto/generate.py`` from the repository root.
Every module is also importable from the sibling copy (collection / emulator); both register the
same serialized descriptors, which the protobuf runtime accepts when identical.
"""
