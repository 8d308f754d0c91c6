"""Private helpers of the jetkit.junos collection for talking JET (gRPC to jsd).

Not a public API: names under ``_jet`` may change in any release.  The generated protobuf/gRPC stubs
live in the ``proto`` subpackage (regenerate them with ``python proto/generate.py``).
"""
