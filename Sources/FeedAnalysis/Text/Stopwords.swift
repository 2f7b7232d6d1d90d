/// Words too common in English news to say anything about which story a text belongs to.
///
/// Used only for relatedness terms, never for shingles. Before the background model has seen many
/// items, this list is what keeps "said" and "year" out of a story's profile.
public enum Stopwords {
    public static let english: Set<String> = Set(
        """
        a about above after again against ago all almost along already also although always am among an and another any
        are around as at back be became because been before being below between both but by can cannot could did do does
        doing done down during each either else even ever every few for from further get gets got had has have having he
        her here hers herself him himself his how however i if in into is it its itself just last least less like made
        make many may me might more most much must my myself near need never new next no nor not now of off often on
        once one only onto or other others our ours ourselves out over own per perhaps put rather s said same say saying
        says see seen several she should since so some still such t than that the their theirs them themselves then
        there these they this those though three through thus to today told too toward towards two under until up upon
        us very via was way we week weeks well were what when where whether which while who whom whose why will with
        within without would year years yet you your yours yourself also mr mrs ms dr according added including
        time first second day days month months monday tuesday wednesday thursday friday saturday sunday
        january february march april june july august september october november december
        """.split(whereSeparator: \.isWhitespace).map(String.init))
}
