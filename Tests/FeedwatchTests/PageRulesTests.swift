import FeedFetch
import Foundation
import Testing

/// The rules page fetching obeys: robots.txt (RFC 9309), whose network an address is in, and how
/// many connections may be open.
struct PageRulesTests {
    @Test func robotsRulesFollowRFC9309() {
        let text = """
            # comments and unknown lines are ignored
            User-agent: *
            Disallow: /private/
            Allow: /private/open-
            Disallow: /*.pdf$
            Sitemap: https://example.org/sitemap.xml

            User-agent: OtherBot
            Disallow: /
            """
        let rules = RobotsRules(parsing: text, agent: "feedwatch")
        #expect(rules.allows("/news/lavrov-in-myanmar"))
        #expect(!rules.allows("/private/report"))
        // The longest matching rule wins.
        #expect(rules.allows("/private/open-letter"))
        #expect(!rules.allows("/files/report.pdf"))
        #expect(rules.allows("/files/report.pdf?download=1"))
        #expect(!RobotsRules(parsing: text, agent: "otherbot").allows("/news/a"))

        // A group naming us replaces the * group entirely; several user-agent lines share one group.
        let named = RobotsRules(parsing: "User-agent: *\nDisallow: /\n\nUser-agent: Googlebot\nUser-agent: FeedWatch\nDisallow: /drafts\n", agent: "feedwatch")
        #expect(named.allows("/news/a"))
        #expect(!named.allows("/drafts/a"))
        // An empty Disallow allows everything; on a tie, allow wins.
        #expect(RobotsRules(parsing: "User-agent: feedwatch\nDisallow:\n", agent: "feedwatch").allows("/a"))
        #expect(RobotsRules(parsing: "User-agent: *\nDisallow: /a\nAllow: /a\n", agent: "feedwatch").allows("/a"))
        #expect(RobotsRules.allowAll.allows("/anything"))
        #expect(!RobotsRules.disallowAll.allows("/anything"))
    }

    @Test func onlyPublicAddressesAreFitForPages() {
        func v4(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> NetworkAddress { NetworkAddress(bytes: [a, b, c, d], text: "\(a).\(b).\(c).\(d)") }
        func v6(_ bytes: [UInt8]) -> NetworkAddress { NetworkAddress(bytes: bytes + [UInt8](repeating: 0, count: 16 - bytes.count), text: "v6") }
        #expect(v4(93, 184, 216, 34).nonPublicKind == nil)
        #expect(v4(8, 8, 8, 8).nonPublicKind == nil)
        #expect(v4(127, 0, 0, 1).nonPublicKind == "loopback")
        #expect(v4(10, 1, 2, 3).nonPublicKind == "private")
        #expect(v4(172, 20, 0, 1).nonPublicKind == "private")
        #expect(v4(172, 32, 0, 1).nonPublicKind == nil)
        #expect(v4(192, 168, 1, 1).nonPublicKind == "private")
        #expect(v4(169, 254, 169, 254).nonPublicKind == "link-local")
        #expect(v4(100, 64, 0, 1).nonPublicKind == "shared (CGNAT)")
        #expect(v4(100, 128, 0, 1).nonPublicKind == nil)
        #expect(v4(0, 0, 0, 0).nonPublicKind == "unspecified")
        #expect(v4(224, 0, 0, 1).nonPublicKind == "multicast")
        #expect(v6([]).nonPublicKind == "unspecified")
        #expect(v6([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]).nonPublicKind == "loopback")
        #expect(v6([0xFD, 0x12]).nonPublicKind == "private (unique local)")
        #expect(v6([0xFE, 0x80]).nonPublicKind == "link-local")
        #expect(v6([0x26, 0x06, 0x47, 0x00]).nonPublicKind == nil)
        // IPv4-mapped and NAT64 addresses are judged by the IPv4 address they carry.
        #expect(v6([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 127, 0, 0, 1]).nonPublicKind == "loopback")
        #expect(v6([0, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0, 169, 254, 169, 254]).nonPublicKind == "link-local")
        #expect(v6([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 93, 184, 216, 34]).nonPublicKind == nil)
    }

    @Test func theHostBudgetBoundsEachHostAndTheTotal() async {
        actor Load {
            var byHost: [String: Int] = [:], total = 0, peakByHost: [String: Int] = [:], peakTotal = 0
            func begin(_ host: String) {
                byHost[host, default: 0] += 1
                total += 1
                peakByHost[host] = max(peakByHost[host] ?? 0, byHost[host] ?? 0)
                peakTotal = max(peakTotal, total)
            }
            func end(_ host: String) {
                byHost[host, default: 0] -= 1
                total -= 1
            }
        }
        let budget = HostBudget(perHost: 2, total: 3)
        let load = Load()
        let hosts = ["a.example", "b.example", "c.example"]
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<12 {
                let host = hosts[index % 3]
                group.addTask {
                    await budget.withSlot(for: "https://\(host)/\(index)") {
                        await load.begin(host)
                        try? await Task.sleep(for: .milliseconds(20))
                        await load.end(host)
                    }
                }
            }
        }
        #expect(await load.peakTotal == 3)
        #expect(await load.peakByHost.values.allSatisfy { $0 <= 2 })
        #expect(await load.total == 0)
    }
}
