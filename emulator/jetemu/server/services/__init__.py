"""The gRPC services jsd serves, one service per file.

Each file holds the servicer class of one JET service (named like the IDL's service) and only
the wire translation it needs: requests become plain values for the device runtime
(``server/runtime.py``) and the programmed state (``jetemu.routing``), answers are built from
what those return. ``base.py`` finds the device and the session behind a call; shared wire
helpers of several services live in their own modules here. Which services are served is
decided in one place: ``server/app.py``'s ``service_table()``.
"""
