import Testing

/// libxml2's process-wide state, checked where it starts untouched: in a fresh process. Each test
/// here starts the test runner again, running only one of the `LibXML2InAFreshProcess` checks.
@Suite struct LibXML2FreshProcessTests {
    /// The first poll cycle crashed in CI once: two threads set up libxml2's encoding table at once.
    /// libxml2 checks whether the table exists, allocates it, then fills it, without a lock; threads
    /// that all pass the check build it once each. The window is one `malloc`, so the check slows
    /// libxml2's allocator down to make it wide. Then every thread builds a table and registers its
    /// handlers into whichever is current, which overflows it ("Too many handler registered", on
    /// stderr); now and then a lookup reads a slot left empty and the process crashes, as in CI.
    @Test func firstParsesOnManyThreadsAtOnceSetUpLibXML2Once() throws {
        for _ in 0..<5 {
            let run = try FreshProcess.run(check: "firstParsesMeetingInsideLibXML2")
            #expect(run.status == 0 && run.passed, "\(run.output.suffix(3000))")
            #expect(!run.output.contains("xmlRegisterCharEncodingHandler"), "\(run.output.suffix(3000))")
            if run.status != 0 { return }
        }
    }

    /// A server naming a charset libxml2 converts through iconv (windows-1252, KOI8-R…) cost memory
    /// on every poll, never freed: the converter opened to check the charset was not closed.
    @Test func aCharsetConvertedThroughIconvCostsNothingPerParse() throws {
        let run = try FreshProcess.run(check: "repeatedParsesWithAnIconvCharset")
        #expect(run.status == 0 && run.passed, "\(run.output.suffix(3000))")
    }
}
