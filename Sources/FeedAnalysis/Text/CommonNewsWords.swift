/// Words every news story uses: common enough that they say little about which story a text is
/// on, yet not stopwords (a story can still be *about* an attack or an election). Before the
/// background has seen real items, the model assumes these appear in many of them (see
/// `BackgroundStatistics.priorShare(of:)`), so a fresh daemon does not take "police" or "minister"
/// for a story's distinctive terms. Once real counts exist, they decide.
enum CommonNewsWords {
    static let english: Set<String> = Set(
        """
        people government president minister ministry official officials country countries state states world
        international national local city capital region area police security military army forces force troops
        attack attacks attacked killed killing dead death deaths died injured wounded victims war conflict crisis
        report reports reported reporting news media press statement spokesman spokeswoman spokesperson source sources
        group groups leader leaders party parties political politics power public support talks meeting meet met
        visit visited trip foreign affairs policy relations deal agreement economic economy business company companies
        market markets million billion percent money prices price bank financial plan plans program programme project
        law legal court case rights human social family children women men man woman life home house building
        member members council committee union european united nations countries republic democracy election elections
        vote voters campaign announced announcement called calls call asked told saying warned added noted
        began begin started start end ended set take took taken give given made making come came going go went
        help need needs use used using work working world's including following against between across
        high higher low lower large small big major key main important long short early late recent recently
        former current latest next past future old young top hard good best better great little whole
        official's officials' number numbers part place time times year years week weeks day days month months
        morning night hours hour minutes yesterday tomorrow today weekend
        news agency reuters afp ap bbc cnn interview told wrote write written published
        north south east west northern southern eastern western central
        """.split(whereSeparator: \.isWhitespace).map { Stemmer.stem(String($0)) })
}
