"""State that JET clients program into a device: RIB routes, firewall filters, interface units.

Everything here is owned per client id and outlives the client's connection for as long as the
client's purge timer says (``clients``); the gRPC servicers in ``jetemu.server.services.rib``,
``jetemu.server.services.firewall`` and ``jetemu.server.services.interfaces`` translate the wire messages.
"""

from .clients import ClientPrograms, existing_programs, programs_for

__all__ = ["ClientPrograms", "existing_programs", "programs_for"]
