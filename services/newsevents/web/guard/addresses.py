"""Which addresses a fetch may connect to: the guard against server-side request forgery.

A url comes from outside (a feed, another producer), so a page must not be fetched from the
service's own network: its loopback, the cloud's metadata service at 169.254.169.254, a
database on 10.0.0.5. Every address a host name resolves to is checked here before a
connection is opened, and the connection then goes to that very address (``transport.py``), at
each redirect hop. An address is refused when it is not a public unicast address:

* ``loopback``: 127.0.0.0/8, ::1
* ``private``: 10/8, 172.16/12, 192.168/16, 100.64/10 (carrier-grade NAT), fc00::/7
* ``link-local``: 169.254/16 (cloud metadata services), fe80::/10
* ``multicast``: 224/4, ff00::/8
* ``metadata``: the clouds' metadata and host services at addresses that are not link-local
  (``_METADATA``: AWS's IPv6 fd00:ec2::254, GCP's fd20:ce::254, Alibaba's 100.100.100.200,
  Azure's WireServer 168.63.129.16, Oracle's 192.0.0.192): private or even public by their
  range, so ``allow_private`` would otherwise open them
* ``unspecified``: 0.0.0.0, :: (connecting to them reaches the host itself)
* ``reserved``: 0/8, 240/4, the broadcast address, documentation and benchmarking ranges,
  IETF protocol assignments (192.0.0.0/24, whole: the standard library calls parts of it
  global, and which parts depends on its version), and everything else the standard library
  does not call global
* an IPv6 address that embeds an IPv4 one (``::ffff:127.0.0.1``, NAT64 ``64:ff9b::/96``,
  6to4 ``2002::/16``) is judged by the IPv4 address it embeds.

``allow_private`` (``NEWSEVENTS_FETCH_ALLOW_PRIVATE``) lets loopback and private addresses
through, for a service whose sources are on its own network; link-local, multicast, metadata,
unspecified and reserved addresses stay refused. ``allow_networks``
(``NEWSEVENTS_FETCH_ALLOW_NETWORKS``) lets exactly the networks it names through, whatever
their kind (``127.0.0.1/32`` for the tests' local server, ``10.20.0.0/16`` for a mirror).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["SCHEMES", "AddressPolicy", "AddressRefused", "IPAddress", "parse_networks"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

SCHEMES = frozenset({"http", "https"})

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
# Private-use networks (RFC 1918, carrier-grade NAT, unique local and the deprecated site-local
# IPv6 ones). The standard library's is_private also lists documentation, benchmarking and
# protocol-assignment ranges: those are called reserved here.
_PRIVATE: tuple[IPNetwork, ...] = tuple(
    ipaddress.ip_network(net)
    for net in (
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "100.64.0.0/10",
        "fc00::/7",
        "fec0::/10",
    )
)
# Cloud metadata and host services: refused whatever allow_private says (only an allowed
# network that names them lets them through). Those at 169.254.x.x are link-local already.
_METADATA = frozenset(
    ipaddress.ip_address(address)
    for address in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, Oracle... (link-local)
        "169.254.170.2",  # AWS ECS task metadata (link-local)
        "fd00:ec2::254",  # AWS instance metadata over IPv6 (unique local: "private")
        "fd20:ce::254",  # GCP metadata over IPv6 (unique local)
        "100.100.100.200",  # Alibaba Cloud (carrier-grade NAT range: "private")
        "168.63.129.16",  # Azure WireServer and host DNS (a public address)
        "192.0.0.192",  # Oracle Cloud Infrastructure Classic (IETF protocol assignments)
    )
)
_RESERVED: tuple[IPNetwork, ...] = (ipaddress.ip_network("192.0.0.0/24"),)
# Kinds that allow_private lets through; the others only an explicit network does.
_PRIVATE_KINDS = frozenset({"loopback", "private"})


class AddressRefused(Exception):
    """A host resolves to an address the policy refuses (or a url's scheme is not http/https).
    Not a DeadLetter: the fetch turns it into ``FetchRefused`` with the article's url."""

    def __init__(self, host: str, reason: str) -> None:
        super().__init__(f"{host}: {reason}")
        self.host = host
        self.reason = reason


def parse_networks(text: str) -> tuple[IPNetwork, ...]:
    """``"127.0.0.1/32, 10.20.0.0/16"`` -> networks; raises ValueError on a bad one."""
    return tuple(
        ipaddress.ip_network(part.strip(), strict=False) for part in text.split(",") if part.strip()
    )


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return address.sixtofour


def kind_of(address: IPAddress) -> str:
    """``public``, or why not: loopback, private, link-local, multicast, metadata,
    unspecified, reserved (IPv4-mapped and other embedding IPv6 addresses by the IPv4 address
    inside)."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = _embedded_ipv4(address)
        if inner is not None:
            return kind_of(inner)
        if address.scope_id:
            return "link-local"
    # Order matters: 127.0.0.1 is also "private" to the standard library, 169.254.x.x too.
    if address.is_unspecified:
        return "unspecified"
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if address in _METADATA:
        return "metadata"
    if any(address.version == net.version and address in net for net in _PRIVATE):
        return "private"
    if any(address.version == net.version and address in net for net in _RESERVED):
        return "reserved"
    if address.is_reserved or address.is_private or not address.is_global:
        return "reserved"
    return "public"


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    allow_private: bool = False
    allow_networks: tuple[IPNetwork, ...] = ()

    def refusal(self, address: IPAddress) -> str | None:
        """None when a connection to ``address`` is allowed, else the reason."""
        if any(address.version == net.version and address in net for net in self.allow_networks):
            return None
        kind = kind_of(address)
        if kind == "public" or (self.allow_private and kind in _PRIVATE_KINDS):
            return None
        inner = _embedded_ipv4(address) if isinstance(address, ipaddress.IPv6Address) else None
        shown = f"{address} ({inner})" if inner is not None else str(address)
        return f"{shown} is a {kind} address"

    def check(self, host: str, addresses: Iterable[IPAddress]) -> list[IPAddress]:
        """The addresses of ``host``, or AddressRefused if any is refused: a name that
        resolves to a public and a private address is refused as a whole (which one a client
        would take is not ours to predict)."""
        found = list(addresses)
        if not found:
            raise AddressRefused(host, "resolves to no address")
        for address in found:
            reason = self.refusal(address)
            if reason is not None:
                raise AddressRefused(host, f"refused: {reason}")
        return found
