/// How many of an item's relatedness terms are everyday news words (`CommonNewsWords`) and how many
/// are not, in its headline and in its body alone: the length of its vector in `StoryProfile.score`
/// before the story's own terms are weighed, worked out once per item instead of once per story.
struct TermMix: Sendable, Equatable {
    var everydayInTitle = 0
    var everydayInBody = 0
    var otherInTitle = 0
    var otherInBody = 0

    static let everydayKeys = Set(CommonNewsWords.english.map(TermKey.of))
}
