import FeedStore

/// A small SVG bar chart of a story's spread, to paste into a report: one bar per period, related
/// stories dark and copies light stacked on them, the busiest period's count on the axis.
enum TimelineChart {
    static func svg(title: String, rows: [TimelineRow]) -> String {
        let barWidth = max(6, min(40, 600 / max(rows.count, 1)))
        let plotHeight = 160, left = 40, top = 30
        let width = left + rows.count * barWidth + 20, height = top + plotHeight + 40
        let highest = max(1, rows.map { $0.related + $0.copies }.max() ?? 1)
        func scaled(_ count: Int) -> Int { count * plotHeight / highest }
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" font-family="sans-serif" font-size="11">
            <title>\(XMLEscaping.escape(title))</title>
            <text x="\(left)" y="16" font-size="13">\(XMLEscaping.escape(title))</text>
            <line x1="\(left)" y1="\(top + plotHeight)" x2="\(width - 10)" y2="\(top + plotHeight)" stroke="#444"/>
            <text x="\(left - 4)" y="\(top + 4)" text-anchor="end">\(highest)</text>
            <text x="\(left - 4)" y="\(top + plotHeight)" text-anchor="end">0</text>

            """
        for (index, row) in rows.enumerated() {
            let x = left + index * barWidth + 1
            let related = scaled(row.related), copies = scaled(row.copies)
            let base = top + plotHeight
            svg += "<rect x=\"\(x)\" y=\"\(base - related)\" width=\"\(barWidth - 2)\" height=\"\(related)\" fill=\"#1f4e79\">"
                + "<title>\(XMLEscaping.escape(row.period)): \(row.related) related</title></rect>\n"
            svg += "<rect x=\"\(x)\" y=\"\(base - related - copies)\" width=\"\(barWidth - 2)\" height=\"\(copies)\" fill=\"#9dc3e6\">"
                + "<title>\(XMLEscaping.escape(row.period)): \(row.copies) copies</title></rect>\n"
        }
        if let first = rows.first, let last = rows.last {
            svg += "<text x=\"\(left)\" y=\"\(top + plotHeight + 15)\">\(XMLEscaping.escape(first.period))</text>\n"
            if rows.count > 1 {
                svg += "<text x=\"\(left + rows.count * barWidth)\" y=\"\(top + plotHeight + 15)\" text-anchor=\"end\">\(XMLEscaping.escape(last.period))</text>\n"
            }
        }
        svg += "<rect x=\"\(left)\" y=\"\(height - 16)\" width=\"10\" height=\"10\" fill=\"#1f4e79\"/><text x=\"\(left + 14)\" y=\"\(height - 7)\">related</text>\n"
        svg += "<rect x=\"\(left + 80)\" y=\"\(height - 16)\" width=\"10\" height=\"10\" fill=\"#9dc3e6\"/><text x=\"\(left + 94)\" y=\"\(height - 7)\">copies</text>\n"
        return svg + "</svg>\n"
    }
}
