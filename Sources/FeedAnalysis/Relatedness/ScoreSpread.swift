/// How a story's scores spread over the stream, which is almost all negatives: a story is a few
/// percent of any feed set. A story whose profile is one article scores everything lower than a
/// story of five, and a headline stream lower than full text, so one fixed threshold suits neither.
/// Scaling the configured threshold by how high the stream's ordinary items reach for this story
/// (`noiseCeiling`, its mean plus five spreads) makes one default fit every seed count and text
/// mode (docs/EVALUATION.md).
///
/// Before the stream has said anything, `priorItems` pseudo-items of mean `priorMean` and spread
/// `priorSpread` stand in, so a new story starts at its configured threshold.
public struct ScoreSpread: Sendable, Equatable {
    public private(set) var count: Double
    public private(set) var sum: Double
    public private(set) var sumOfSquares: Double

    static let priorItems = 200.0
    static let priorMean = 0.002
    static let priorSpread = 0.009
    /// How many spreads above the mean the ceiling lies.
    static let spreads = 5.0

    public init(count: Double = 0, sum: Double = 0, sumOfSquares: Double = 0) {
        self.count = count
        self.sum = sum
        self.sumOfSquares = sumOfSquares
    }

    /// Items that scored 0: they share no term with the story.
    public mutating func addZeros(_ items: Int) { count += Double(items) }

    public mutating func add(_ score: Double) {
        count += 1
        sum += score
        sumOfSquares += score * score
    }

    /// The mean plus five spreads of the scores seen, the prior included.
    public var noiseCeiling: Double {
        let items = count + Self.priorItems
        let mean = (sum + Self.priorItems * Self.priorMean) / items
        let meanSquare = (sumOfSquares + Self.priorItems * (Self.priorSpread * Self.priorSpread + Self.priorMean * Self.priorMean)) / items
        return mean + Self.spreads * max(meanSquare - mean * mean, 0).squareRoot()
    }

    /// The ceiling of the prior alone: where a configured threshold applies unscaled.
    static let priorCeiling = ScoreSpread().noiseCeiling

    /// `threshold` scaled by how far this story's ceiling is from the prior's.
    public func scaled(_ threshold: Double) -> Double { min(1, threshold * noiseCeiling / Self.priorCeiling) }
}
