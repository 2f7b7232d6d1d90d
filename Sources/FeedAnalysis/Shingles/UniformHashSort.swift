/// Sorts uniformly distributed 64-bit hashes in expected linear time: scatter them into about one
/// bucket per value by their top bits, then an insertion sort finishes the nearly sorted array.
/// Shingle hashes are uniform by construction (a final avalanche); the standard library's
/// comparison sort took 13 % of shingling, an 8-pass radix sort more.
enum UniformHashSort {
    static func sort(_ values: inout [UInt64]) {
        guard values.count > 32 else {
            values.sort()
            return
        }
        let bits = max(4, min(20, Int.bitWidth - (values.count - 1).leadingZeroBitCount))
        let bucketCount = 1 << bits
        let shift = UInt64(64 - bits)
        let starts = UnsafeMutablePointer<Int>.allocate(capacity: bucketCount + 1)
        defer { starts.deallocate() }
        starts.initialize(repeating: 0, count: bucketCount + 1)
        let input = values
        input.withUnsafeBufferPointer { input in
            for value in input { starts[Int(value >> shift) + 1] += 1 }
            for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
            values.withUnsafeMutableBufferPointer { output in
                for value in input {
                    let bucket = Int(value >> shift)
                    output[starts[bucket]] = value
                    starts[bucket] += 1
                }
                // Every value is now in its bucket, in bucket order; only neighbours are out of place.
                for index in 1..<output.count {
                    let value = output[index]
                    var position = index
                    while position > 0 && output[position - 1] > value {
                        output[position] = output[position - 1]
                        position -= 1
                    }
                    output[position] = value
                }
            }
        }
    }
}
