"""The address policy: what a fetch may connect to."""

from __future__ import annotations

import ipaddress

import pytest

from newsevents.web.guard.addresses import AddressPolicy, AddressRefused, kind_of, parse_networks


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.0.9", "loopback"),
        ("::1", "loopback"),
        ("10.0.0.5", "private"),
        ("172.16.4.4", "private"),
        ("192.168.1.1", "private"),
        ("100.100.64.1", "private"),  # carrier-grade NAT
        ("100.100.100.200", "metadata"),  # Alibaba Cloud's, in the carrier-grade NAT range
        ("fd00:ec2::254", "metadata"),  # AWS's over IPv6, a unique local address
        ("fd20:ce::254", "metadata"),  # GCP's over IPv6
        ("168.63.129.16", "metadata"),  # Azure's WireServer, a public address
        ("192.0.0.192", "metadata"),  # Oracle's
        ("::ffff:100.100.100.200", "metadata"),
        ("192.0.0.8", "reserved"),  # IETF protocol assignments (3.11.7 calls it global)
        ("fd12:3456::1", "private"),
        ("169.254.169.254", "link-local"),  # AWS, GCP and Azure metadata services
        ("fe80::1", "link-local"),
        ("224.0.0.251", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("255.255.255.255", "reserved"),
        ("240.0.0.1", "reserved"),
        ("0.1.2.3", "reserved"),
        ("192.0.2.10", "reserved"),  # documentation
        ("198.18.0.1", "reserved"),  # benchmarking
        ("2001:db8::1", "reserved"),
        # IPv6 forms of IPv4 addresses are judged by the IPv4 address inside.
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:169.254.169.254", "link-local"),
        ("::ffff:10.0.0.1", "private"),
        ("64:ff9b::7f00:1", "loopback"),  # NAT64 of 127.0.0.1
        ("2002:a9fe:a9fe::", "link-local"),  # 6to4 of 169.254.169.254
        ("::ffff:93.184.216.34", "public"),
        ("93.184.216.34", "public"),
        ("8.8.8.8", "public"),
        ("2606:4700:4700::1111", "public"),
    ],
)
def test_kind_of_each_address(address: str, kind: str) -> None:
    """Every non-public range is named; IPv4-mapped and embedding IPv6 go by the IPv4 inside."""
    assert kind_of(ipaddress.ip_address(address)) == kind


@pytest.mark.parametrize(
    ("address", "refused"),
    [
        ("127.0.0.1", "127.0.0.1 is a loopback address"),
        ("::1", "::1 is a loopback address"),
        ("10.1.2.3", "10.1.2.3 is a private address"),
        ("169.254.169.254", "169.254.169.254 is a link-local address"),
        # str() of a mapped address differs between Python versions (::ffff:7f00:1 in 3.11)
        (
            "::ffff:127.0.0.1",
            f"{ipaddress.ip_address('::ffff:127.0.0.1')} (127.0.0.1) is a loopback address",
        ),
        ("93.184.216.34", None),
    ],
)
def test_the_default_policy_refuses_all_but_public_addresses(
    address: str, refused: str | None
) -> None:
    assert AddressPolicy().refusal(ipaddress.ip_address(address)) == refused


def test_allow_private_lets_private_and_loopback_through_but_never_link_local() -> None:
    policy = AddressPolicy(allow_private=True)
    for allowed in ("127.0.0.1", "10.0.0.5", "192.168.1.1", "::1", "fd00::1"):
        assert policy.refusal(ipaddress.ip_address(allowed)) is None, allowed
    for refused in ("169.254.169.254", "fe80::1", "0.0.0.0", "224.0.0.1", "240.0.0.1"):
        assert policy.refusal(ipaddress.ip_address(refused)) is not None, refused


def test_allow_private_never_opens_a_cloud_metadata_service_only_a_named_network_does() -> None:
    policy = AddressPolicy(allow_private=True)
    for metadata in ("fd00:ec2::254", "100.100.100.200", "168.63.129.16", "192.0.0.192"):
        address = ipaddress.ip_address(metadata)
        assert policy.refusal(address) == f"{metadata} is a metadata address"
    named = AddressPolicy(allow_networks=parse_networks("100.100.100.200/32"))
    assert named.refusal(ipaddress.ip_address("100.100.100.200")) is None


def test_an_allowed_network_lets_exactly_its_addresses_through() -> None:
    policy = AddressPolicy(allow_networks=parse_networks("127.0.0.1/32, 169.254.10.0/24"))
    assert policy.refusal(ipaddress.ip_address("127.0.0.1")) is None
    assert policy.refusal(ipaddress.ip_address("169.254.10.7")) is None
    assert policy.refusal(ipaddress.ip_address("127.0.0.2")) == "127.0.0.2 is a loopback address"
    assert policy.refusal(ipaddress.ip_address("169.254.169.254")) is not None
    assert policy.refusal(ipaddress.ip_address("::1")) is not None  # another family


def test_a_name_with_one_refused_address_is_refused_as_a_whole() -> None:
    addresses = [ipaddress.ip_address("93.184.216.34"), ipaddress.ip_address("10.0.0.1")]
    with pytest.raises(AddressRefused) as refused:
        AddressPolicy().check("mixed.example", addresses)
    assert str(refused.value) == "mixed.example: refused: 10.0.0.1 is a private address"
    assert AddressPolicy(allow_private=True).check("mixed.example", addresses) == addresses


def test_bad_networks_are_refused_when_parsed() -> None:
    with pytest.raises(ValueError, match="not-a-network"):
        parse_networks("127.0.0.1/32, not-a-network")
