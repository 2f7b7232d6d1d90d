/// What `XMLSubtreeParser` asks while it streams a document: which elements to build in memory,
/// and what to do with each one once it is complete.
protocol XMLSubtreeConsumer: AnyObject {
    /// The document's root element; throwing stops the parse with that error. Returns the namespace
    /// that elements without one are read in (`.core`, or Atom for a `<feed>` written without its
    /// namespace).
    func begin(root name: String, namespace: Namespace) throws -> Namespace
    /// Whether to build the subtree of an element that starts at `depth` (the root is 0) outside
    /// any subtree already being built.
    func captures(name: String, namespace: Namespace, depth: Int) -> Bool
    func add(_ element: XMLElement, depth: Int)
}
