/// An optional that is written as `null` when absent instead of being left out, so scripts reading
/// feedwatch's JSON can rely on every documented key being present.
@propertyWrapper
public struct NullEncoded<Value: Encodable & Sendable & Equatable>: Encodable, Sendable, Equatable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
