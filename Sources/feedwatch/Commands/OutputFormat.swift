import ArgumentParser

/// How listings print: an aligned table for people, JSON or CSV for tools.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case csv
}

/// How `inspect` prints: a parsed feed is nested (entries with enclosures), so no CSV.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}
