import ArgumentParser

/// How listings print: an aligned table for people, JSON or CSV for tools.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case csv
}

/// How single reports (`explain`, `inspect`) print: they are nested, so no CSV.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}
