"""On-box programs of an emulated device: JET applications and YANG packages with action scripts.

* :mod:`.runtime`: :class:`DeviceApps`, what a device runtime owns and drives;
* :mod:`.extensions`: the applications (``system extensions extension-service``), supervised;
* :mod:`.packages`: ``request system yang ...`` and the custom commands the packages add;
* :mod:`.yang` / :mod:`.odl`: the YANG parser and the CLI text renderer of custom RPC replies;
* :mod:`.settings`: what the committed configuration says; :mod:`.processes`: child processes;
* :mod:`.commands`: the operational commands and interceptors (``register(registry)``).
"""

from .commands import register
from .runtime import DeviceApps

__all__ = ["DeviceApps", "register"]
