import FeedCore
import Foundation
import Testing

@Suite struct FeedDateTests {
    private func iso(_ date: Date?) -> String? { date.map { $0.formatted(.iso8601) } }

    @Test(arguments: [
        ("Wed, 03 Aug 2022 12:25:00 +0600", "2022-08-03T06:25:00Z"),
        ("Wed, 03 Aug 2022 12:25:00 GMT", "2022-08-03T12:25:00Z"),
        ("03 Aug 2022 12:25 EDT", "2022-08-03T16:25:00Z"),
        ("Wed, 3 August 2022 12:25:00 -05:30", "2022-08-03T17:55:00Z"),
        ("Wed, 03 Aug 22 12:25:00 Z", "2022-08-03T12:25:00Z"),
        ("Mi, 03 Aug 2022 12:25:00 +0200", "2022-08-03T10:25:00Z"),
        ("Wed, 03 Aug 2022 12:25:00", "2022-08-03T12:25:00Z"),
        ("Wed, 03 Aug 2022 12:25:00 GMT+2", "2022-08-03T10:25:00Z"),
        ("2022-08-03T12:25:00Z", "2022-08-03T12:25:00Z"),
        ("2022-08-03T12:25:00.123+06:00", "2022-08-03T06:25:00Z"),
        ("2022-08-03 12:25:00", "2022-08-03T12:25:00Z"),
        ("2022-08-03", "2022-08-03T00:00:00Z"),
        ("2022-08-03T12:25+0100", "2022-08-03T11:25:00Z"),
    ])
    func parsesRealWorldVariants(raw: String, expected: String) {
        #expect(iso(FeedDate.parse(raw)) == expected)
    }

    @Test(arguments: ["", "yesterday", "Wed, 45 Foo 2022", "2022-13-45T99:00:00Z", "03 Aug 2022 12:25:00 +9999", "12:00"])
    func unparseableIsNilNotNow(raw: String) {
        #expect(FeedDate.parse(raw) == nil)
    }
}
