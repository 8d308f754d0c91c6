"""Legacy ``acl`` messages (access lists, entries, policers) as their v2 ``jnx.jet.firewall`` equivalents.

The 19.2R1 ``acl`` package and v2 ``jnx.jet.firewall`` describe the same filters with other names
(``match_dst_addrs``/``ipv4_dst_addrs``, ``ace_name``/``term_name``, ``ACL_MATCH_OP_EQUAL``/
``OP_EQUAL``, ``AclBooleanType``/``bool``, rates with a unit field/plain numbers). :func:`convert`
rewrites a legacy message field by field into the v2 message, so the legacy service hands the
firewall state exactly what the v2 service would (access lists *are* v2 filters). A field with no
v2 counterpart, or an enumeration value with none, is refused with :class:`AclUnsupported` naming
it. Only the inet and inet6 families are converted. No service here.
"""

from __future__ import annotations

from typing import Any

from google.protobuf.descriptor import Descriptor, EnumDescriptor, FieldDescriptor

from ...proto import firewall_service_pb2 as acl_pb2

BOOLEAN = acl_pb2.AclBooleanType.DESCRIPTOR.full_name

#: legacy field name -> v2 field name candidates (the first the v2 message has is used)
RENAMES: dict[str, tuple[str, ...]] = {
    "ace_name": ("term_name",),
    "ace_op": ("term_op",),
    "prefix_len": ("prefix_length",),
    "match_op": ("operation",),
    "ifl_name": ("unit_name",),
    "ifl_index": ("unit_index",),
    "rti_name": ("routing_instance_name",),
    "ifl": ("unit",),
    "nh_idx": ("index",),
    "lp": ("priority", "loss_priority"),
    "fc_string": ("forwarding_class_name",),
    "fwd_class": ("forwarding_class",),
    "policer_name": ("name",),
    "policer_type": ("type",),
    "policer_flag": ("flag",),
    "policer_params": ("params",),
    "sr_three_color_parameter": ("single_rate_tricolor_parameter",),
    "tr_three_color_parameter": ("two_rate_tricolor_parameter",),
    "match_dst_ports": ("dst_ports",),
    "match_src_ports": ("src_ports",),
    "match_ports": ("ports",),
    "match_dscp_code": ("dscp_codes",),
    "match_protocols": ("protocols",),
    "match_icmp_type": ("icmp_types",),
    "match_icmp_code": ("icmp_codes",),
    "match_pkt_len": ("packet_lengths",),
    "match_ttl": ("ttls",),
    "fragment_flags": ("fragment_flag",),
    "match_frag_offset": ("frag_offsets",),
    "ifl_names": ("interface_units",),
    "match_ip_precedence": ("ip_precedences",),
    "match_traffic_classes": ("traffic_classes",),
    "match_loss_priority": ("loss_priorities",),
    "match_fwd_class": ("forwarding_class",),
    "action_rt_inst": ("routing_instance_name",),
    "action_lp": ("loss_priority",),
    "action_fwd_class": ("forwarding_class",),
    "action_fwd_priority": ("forwarding_priority",),
    "action_next_intf": ("next_interface",),
    "action_ip_dscp": ("ip_dscp",),
    "action_policer_inst": ("policer_inst",),
    "action_topo_redirect": ("topo_redirect",),
    "action_nh": ("nh",),
}
ADDRESS_RENAMES = {"match_dst_addrs": "{v}_dst_addrs", "match_src_addrs": "{v}_src_addrs", "match_addrs": "{v}_addrs"}
#: rate/size unit enumeration suffix -> multiplier (Junos k/m/g are powers of 1000)
UNIT_FACTORS = {
    "BPS": 1,
    "KBPS": 10**3,
    "MBPS": 10**6,
    "GBPS": 10**9,
    "BYTE": 1,
    "KBYTE": 10**3,
    "MBYTE": 10**6,
    "GBYTE": 10**9,
}


INTEGERS = {
    FieldDescriptor.CPPTYPE_INT32,
    FieldDescriptor.CPPTYPE_INT64,
    FieldDescriptor.CPPTYPE_UINT32,
    FieldDescriptor.CPPTYPE_UINT64,
}
UNSIGNED = {FieldDescriptor.CPPTYPE_UINT32, FieldDescriptor.CPPTYPE_UINT64}


class AclUnsupported(Exception):
    """A legacy field or value without a v2 counterpart; ``message`` names it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _target_name(name: str, destination: Descriptor, family: str) -> str:
    fields = destination.fields_by_name
    if name in ADDRESS_RENAMES:
        candidate = ADDRESS_RENAMES[name].format(v="ipv4" if family == "inet" else "ipv6")
        if candidate in fields:
            return candidate
    for candidate in RENAMES.get(name, ()):
        if candidate in fields:
            return candidate
    if name.startswith("action_") and name[len("action_") :] in fields:
        return name[len("action_") :]
    if name in fields:
        return name
    raise AclUnsupported(f"{name} is not supported by this device")


def enum_value(source: EnumDescriptor, number: int, destination: EnumDescriptor) -> int:
    """The v2 value of a legacy enumeration value: the v2 name ending like the legacy one."""
    value = source.values_by_number.get(number)
    if value is None:
        raise AclUnsupported(f"{source.name} has no value {number}")
    words = value.name.removeprefix("ACL_").split("_")
    names = [v.name for v in destination.values]
    for start in range(len(words)):
        tail = "_".join(words[start:])
        matches = [n for n in names if n == tail or n.endswith("_" + tail)]
        if len(matches) == 1:
            return int(destination.values_by_name[matches[0]].number)
        if tail in matches:
            return int(destination.values_by_name[tail].number)
    raise AclUnsupported(f"{value.name} has no equivalent here ({', '.join(names)})")


def _value(source: FieldDescriptor, value: Any, destination: FieldDescriptor, family: str) -> Any:
    if source.type == FieldDescriptor.TYPE_ENUM and source.enum_type is not None:
        if source.enum_type.full_name == BOOLEAN and destination.type == FieldDescriptor.TYPE_BOOL:
            return value == acl_pb2.ACL_TRUE
        if destination.type == FieldDescriptor.TYPE_ENUM and destination.enum_type is not None:
            return enum_value(source.enum_type, value, destination.enum_type)
    elif source.type == FieldDescriptor.TYPE_MESSAGE:
        if destination.type == FieldDescriptor.TYPE_MESSAGE and destination.message_type is not None:
            return convert(value, destination.message_type, family)
        if destination.type == FieldDescriptor.TYPE_STRING and len(value.DESCRIPTOR.fields) == 1:
            # e.g. AclActionRoutingInstance{rt_instance_name} -> routing_instance_name (a string)
            return str(getattr(value, value.DESCRIPTOR.fields[0].name))
    elif source.cpp_type == destination.cpp_type:
        return value
    elif source.cpp_type in INTEGERS and destination.cpp_type in INTEGERS:
        if value < 0 and destination.cpp_type in UNSIGNED:
            raise AclUnsupported(f"{source.name} {value} is negative")
        return int(value)
    raise AclUnsupported(f"{source.name} cannot be expressed as {destination.full_name}")


def _unit_partner(unit_field: str, fields: dict[str, Any]) -> str | None:
    """The value field a rate/size unit field scales (bw_unit -> bandwidth, burst_unit -> burst_size)."""
    base = unit_field.removesuffix("_unit")
    for candidate in ("bandwidth" if base == "bw" else base, f"{base}_size", base.removesuffix("_size")):
        if candidate in fields:
            return candidate
    return None


def convert(message: Any, destination: Any, family: str) -> Any:
    """The v2 message (of type ``destination``, a message Descriptor) saying what legacy ``message`` says.

    (``destination`` is typed Any: a generated class's ``DESCRIPTOR`` is the upb Descriptor type.)
    """
    from google.protobuf import message_factory

    out = message_factory.GetMessageClass(destination)()
    present = {fd.name: value for fd, value in message.ListFields()}
    factors: dict[str, int] = {}
    for name, value in present.items():
        if name.endswith("_unit") and message.DESCRIPTOR.fields_by_name[name].type == FieldDescriptor.TYPE_ENUM:
            partner = _unit_partner(name, message.DESCRIPTOR.fields_by_name)
            if partner is not None:
                unit = message.DESCRIPTOR.fields_by_name[name].enum_type.values_by_number.get(value)
                if unit is None:
                    raise AclUnsupported(f"{name} has no value {value}")
                factors[partner] = next((f for s, f in UNIT_FACTORS.items() if unit.name.endswith("_" + s)), 1)
    for source, value in message.ListFields():
        if source.name in ("match_flex_range", "match_flex_mask") or source.name.endswith("_unit"):
            if source.name.endswith("_unit") and _unit_partner(source.name, message.DESCRIPTOR.fields_by_name):
                continue
            raise AclUnsupported(f"{source.name} is not supported by this device")
        target = destination.fields_by_name[_target_name(source.name, destination, family)]
        try:
            if source.label == FieldDescriptor.LABEL_REPEATED:
                items = getattr(out, target.name)
                for item in value:
                    converted = _value(source, item, target, family)
                    if target.type == FieldDescriptor.TYPE_MESSAGE:
                        items.add().CopyFrom(converted)
                    else:
                        items.append(converted)
                continue
            converted = _value(source, value, target, family)
            if source.name in factors:
                converted = converted * factors[source.name]
            if target.type == FieldDescriptor.TYPE_MESSAGE:
                getattr(out, target.name).CopyFrom(converted)
            else:
                setattr(out, target.name, converted)
        except (ValueError, TypeError) as exc:  # out of the v2 field's range
            raise AclUnsupported(f"{source.name}: {exc}") from None
    return out
