// Which addresses the server may fetch from: public ones only. Loopback, private, shared (CGNAT), link-local (the
// cloud metadata service at 169.254.169.254 among them), multicast and reserved ranges are refused, unless
// STANCEGRAPH_FETCH_PRIVATE says otherwise: "1" allows every address, a comma list of addresses or CIDR ranges
// ("127.0.0.1", "10.0.0.0/8") allows just those.
import { BlockList, isIP } from "node:net";

const NOT_PUBLIC: [string, number, "ipv4" | "ipv6"][] = [
  ["0.0.0.0", 8, "ipv4"],
  ["10.0.0.0", 8, "ipv4"],
  ["100.64.0.0", 10, "ipv4"],
  ["127.0.0.0", 8, "ipv4"],
  ["169.254.0.0", 16, "ipv4"],
  ["172.16.0.0", 12, "ipv4"],
  ["192.0.0.0", 24, "ipv4"],
  ["192.0.2.0", 24, "ipv4"],
  ["192.168.0.0", 16, "ipv4"],
  ["198.18.0.0", 15, "ipv4"],
  ["198.51.100.0", 24, "ipv4"],
  ["203.0.113.0", 24, "ipv4"],
  ["224.0.0.0", 4, "ipv4"],
  ["240.0.0.0", 4, "ipv4"],
  ["::", 128, "ipv6"],
  ["::1", 128, "ipv6"],
  ["64:ff9b::", 96, "ipv6"],
  ["100::", 64, "ipv6"],
  ["2001:db8::", 32, "ipv6"],
  ["fc00::", 7, "ipv6"], // unique local (fd00:ec2::254 is a metadata service)
  ["fe80::", 10, "ipv6"],
  ["ff00::", 8, "ipv6"],
];

// IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) need no rule of their own: BlockList checks them against the IPv4
// rules (and an IPv6 rule for ::ffff:0:0/96 would match every IPv4 address).
const notPublic = new BlockList();
for (const [address, prefix, family] of NOT_PUBLIC) notPublic.addSubnet(address, prefix, family);

const familyOf = (address: string): "ipv4" | "ipv6" => (isIP(address) === 6 ? "ipv6" : "ipv4");

export interface AddressPolicy {
  /** Why fetching from this address is refused, or null when it is allowed. */
  refusal(address: string): string | null;
}

/** The policy STANCEGRAPH_FETCH_PRIVATE sets (read when called, so a test can set it for itself). */
export function addressPolicy(setting: string | undefined = process.env.STANCEGRAPH_FETCH_PRIVATE): AddressPolicy {
  const value = (setting ?? "").trim();
  if (value === "1" || value === "true") return { refusal: () => null };
  const allowed = new BlockList();
  for (const item of value.split(",").map((s) => s.trim()).filter((s) => s && s !== "0" && s !== "false")) {
    const [address, prefix] = item.split("/");
    if (!isIP(address)) throw new Error(`STANCEGRAPH_FETCH_PRIVATE: "${item}" is not an address or CIDR range (or 1 for all)`);
    if (prefix === undefined) allowed.addAddress(address, familyOf(address));
    else allowed.addSubnet(address, Number(prefix), familyOf(address));
  }
  return {
    refusal(address) {
      const family = familyOf(address);
      if (!notPublic.check(address, family) || allowed.check(address, family)) return null;
      return `${address} is a loopback, private, link-local or otherwise non-public address, which the server does not fetch from (STANCEGRAPH_FETCH_PRIVATE=1 allows it)`;
    },
  };
}
