/// TDT tracking's error rates and normalised detection cost for one event (or an average).
///
/// C_det = C_miss·P_miss·P_t + C_FA·P_FA·(1−P_t) with C_miss = 1, C_FA = 0.1, P_t = 0.02, divided
/// by min(C_miss·P_t, C_FA·(1−P_t)): C_norm = P_miss + 4.9·P_FA. 0 is perfect; always answering
/// yes, or always no, costs at least 1.
public struct DetectionCost: Sendable, Equatable {
    public var missRate: Double
    public var falseAlarmRate: Double

    public init(missRate: Double, falseAlarmRate: Double) {
        self.missRate = missRate
        self.falseAlarmRate = falseAlarmRate
    }

    public init(targets: Int, misses: Int, nonTargets: Int, falseAlarms: Int) {
        missRate = targets == 0 ? 0 : Double(misses) / Double(targets)
        falseAlarmRate = nonTargets == 0 ? 0 : Double(falseAlarms) / Double(nonTargets)
    }

    static let missCost = 1.0, falseAlarmCost = 0.1, targetPrior = 0.02

    public var normalised: Double {
        let cost = Self.missCost * missRate * Self.targetPrior + Self.falseAlarmCost * falseAlarmRate * (1 - Self.targetPrior)
        return cost / min(Self.missCost * Self.targetPrior, Self.falseAlarmCost * (1 - Self.targetPrior))
    }

    /// TDT's topic-weighted average: every event counts the same, however many articles it has.
    public static func average(_ costs: [DetectionCost]) -> DetectionCost {
        let count = Double(max(costs.count, 1))
        return DetectionCost(
            missRate: costs.reduce(0) { $0 + $1.missRate } / count,
            falseAlarmRate: costs.reduce(0) { $0 + $1.falseAlarmRate } / count)
    }
}
