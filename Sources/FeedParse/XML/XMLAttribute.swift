/// An attribute of a captured element, its value already unescaped.
struct XMLAttribute {
    let name: String
    let namespace: Namespace
    let value: String
}
