import Foundation

enum PeakMemory {
    /// Peak resident set size of this process (Linux reports ru_maxrss in KiB).
    static func megabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
