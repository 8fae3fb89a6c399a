"""The local broker's failures: each message carries the tail of the log that explains it."""

from __future__ import annotations


class BrokerError(RuntimeError):
    """The jars could not be fetched or the broker could not be started or stopped.

    The message carries the tail of the relevant log (mvn.log or broker.log).
    """


class PortInUseError(BrokerError):
    """The broker exited because another process took its port between our pick and its bind:
    ``start()`` picks other ports and tries again."""
