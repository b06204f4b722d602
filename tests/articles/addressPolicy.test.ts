// Which addresses the server fetches from: public ones, unless STANCEGRAPH_FETCH_PRIVATE allows more.
import { describe, expect, it } from "vitest";
import { addressPolicy } from "../../server/articles/addressPolicy.ts";

const NOT_PUBLIC = ["127.0.0.1", "127.8.9.1", "10.0.0.5", "172.16.3.4", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "::", "::ffff:127.0.0.1", "::ffff:a9fe:a9fe", "fd00:ec2::254", "fc00::1", "fe80::1", "ff02::1"];
const PUBLIC = ["93.184.216.34", "8.8.8.8", "172.32.0.1", "192.169.0.1", "2606:4700::1111", "2a00:1450:4001::200e"];

describe("addressPolicy", () => {
  it("refuses loopback, private, link-local, metadata and other non-public addresses by default", () => {
    const policy = addressPolicy("");
    for (const a of NOT_PUBLIC) expect(policy.refusal(a), a).toMatch(/non-public/);
    for (const a of PUBLIC) expect(policy.refusal(a), a).toBeNull();
  });

  it("allows every address with 1, and only the listed ones with a list of addresses and ranges", () => {
    for (const a of NOT_PUBLIC) expect(addressPolicy("1").refusal(a)).toBeNull();
    const some = addressPolicy("127.0.0.1, 10.0.0.0/8");
    expect(some.refusal("127.0.0.1")).toBeNull();
    expect(some.refusal("10.9.9.9")).toBeNull();
    expect(some.refusal("127.0.0.2")).not.toBeNull();
    expect(some.refusal("169.254.169.254")).not.toBeNull();
    expect(() => addressPolicy("not-an-address")).toThrow(/STANCEGRAPH_FETCH_PRIVATE/);
  });
});
