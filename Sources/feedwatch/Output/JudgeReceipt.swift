import FeedCore
import Foundation

/// What `judge --format json` prints.
struct JudgeReceipt: Encodable {
    let id: Int64
    let story: String
    let verdict: Verdict
    let judged: Judgment
    let judgedAt: Date

    enum CodingKeys: String, CodingKey {
        case id, story, verdict, judged
        case judgedAt = "judged_at"
    }
}
