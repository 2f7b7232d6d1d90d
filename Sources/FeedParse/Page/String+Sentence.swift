extension String {
    /// Whether the text ends as a sentence does, closing quotation marks and brackets included:
    /// prose does, and labels, buttons and credits ("Share", "Photo: Reuters") mostly do not.
    var endsLikeSentence: Bool {
        guard let last else { return false }
        return ".!?…\"”“»«)".contains(last)
    }
}
