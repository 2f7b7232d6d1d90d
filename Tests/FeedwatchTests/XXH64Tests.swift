import FeedCore
import Testing

/// Vectors from the reference implementation (python-xxhash, which wraps the C library).
@Suite struct XXH64Tests {
    @Test(arguments: [
        ("", UInt64(0), UInt64(0xEF46_DB37_51D8_E999)),
        ("a", 0, 0xD24E_C4F1_A98C_6E5B),
        ("abc", 0, 0x44BC_2CF5_AD77_0999),
        ("Nobody inspects the spammish repetition", 0, 0xFBCE_A83C_8A37_8BF1),
        ("The quick brown fox jumps over the lazy dog", 0, 0x0B24_2D36_1FDA_71BC),
        ("abc", 2_654_435_761, 0x1318_DF30_094A_85FD),
        ("The quick brown fox jumps over the lazy dog", 2_654_435_761, 0xB31B_9019_EC17_6B0C),
    ])
    func matchesReference(input: String, seed: UInt64, expected: UInt64) {
        #expect(XXH64.hash(input, seed: seed) == expected)
    }

    @Test func longInputCoversEveryTail() {
        #expect(XXH64.hash(bytes: (0..<100).map { UInt8($0) }) == 0x6AC1_E580_3216_6597)
        #expect(XXH64.hash(bytes: (0..<100).map { UInt8($0) }, seed: 2_654_435_761) == 0x8832_442A_8828_4F11)
    }
}
